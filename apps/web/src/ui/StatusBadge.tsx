/** A status word (attestation, facility, finding, delivery) with a colour class derived from it. */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  const value = status ?? 'none';
  return <span className={`badge badge-${value.replace(/[^a-z_]/gi, '')}`}>{value.replace(/_/g, ' ')}</span>;
}
