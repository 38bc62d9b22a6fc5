/** A credential the API shows only once (an API key, a webhook secret): announced, and easy to select whole. */
export function OneTimeSecret({ announcement, label, value }: { announcement: string; label: string; value: string }) {
  return (
    <div className="notice" role="status">
      <p>{announcement} Copy it now: it is not shown again.</p>
      <p>
        <code className="secret" aria-label={label}>
          {value}
        </code>
      </p>
    </div>
  );
}
