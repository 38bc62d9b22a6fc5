import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatNumber } from '../../ui/format';
import { REPORT_SIGNATURE_HEADERS } from './report-signature';
import type { SignedDownload } from './use-signed-download';

/** The file just saved, the signature headers it came with, and the browser's own check of them. */
export function LastDownloadPanel({ last }: { last: SignedDownload | null }) {
  return (
    <section className="card" aria-labelledby="last-download-title">
      <h2 id="last-download-title">Last download and its signature</h2>
      {!last ? (
        <p className="empty">Nothing downloaded yet. Download a report above and its signature headers appear here.</p>
      ) : (
        <>
          <dl className="reg-key-values">
            <dt>File</dt>
            <dd>
              {last.fileName} ({formatNumber(last.bytes)} bytes)
            </dd>
            {last.headers ? (
              <>
                <dt>{REPORT_SIGNATURE_HEADERS.sha256}</dt>
                <dd>
                  <code className="reg-wrap">{last.headers.sha256}</code>
                </dd>
                <dt>{REPORT_SIGNATURE_HEADERS.signature}</dt>
                <dd>
                  <code className="reg-wrap">{last.headers.signature}</code>
                </dd>
                <dt>{REPORT_SIGNATURE_HEADERS.keyId}</dt>
                <dd>
                  <code className="reg-wrap">{last.headers.keyId}</code>
                </dd>
              </>
            ) : (
              <>
                <dt>Signature</dt>
                <dd>The response carried no signature headers.</dd>
              </>
            )}
          </dl>
          {last.headers && <BrowserCheckResult check={last.check} />}
        </>
      )}
    </section>
  );
}

function BrowserCheckResult({ check }: { check: SignedDownload['check'] }) {
  if (check.state === 'checking') return <p role="status">Checking the signature in this browser…</p>;
  if (check.state === 'failed') return <ErrorMessage error={check.error} />;
  const { digestMatches, signature } = check.result;
  const verdicts: Record<typeof signature, string> = {
    valid: 'Signature valid: the platform key signed exactly these bytes.',
    invalid: 'Signature INVALID: these bytes were not signed by the platform key.',
    unknown_key: `The key named in ${REPORT_SIGNATURE_HEADERS.keyId} is not among the published keys.`,
    unsupported: 'This browser cannot check Ed25519 signatures; use the command below.',
  };
  const good = digestMatches && signature === 'valid';
  return (
    <div role="status" className={good ? 'notice' : 'error'}>
      <p>Checked in this browser:</p>
      <ul>
        <li>{digestMatches ? `SHA-256 of the file matches ${REPORT_SIGNATURE_HEADERS.sha256}.` : `SHA-256 of the file does NOT match ${REPORT_SIGNATURE_HEADERS.sha256}.`}</li>
        <li>{verdicts[signature]}</li>
      </ul>
    </div>
  );
}
