import { API_BASE } from '../../api/client';
import { REPORT_PUBLIC_KEY_PATH, REPORT_SIGNATURE_HEADERS } from './report-signature';
import type { SignedDownload } from './use-signed-download';

/** How anyone holding a report checks it offline, with the last download's values filled in. */
export function SignatureGuide({ last }: { last: SignedDownload | null }) {
  const reportFile = last?.fileName ?? 'report.pdf';
  const signature = last?.headers?.signature ?? `<${REPORT_SIGNATURE_HEADERS.signature}>`;
  const keyId = last?.headers?.keyId ?? `<${REPORT_SIGNATURE_HEADERS.keyId}>`;
  const command = `npm run cli -- verify-report --report ${reportFile} --signature "${signature}" --public-key jwks.json --key-id ${keyId}`;
  return (
    <section className="card" aria-labelledby="signature-guide-title">
      <h2 id="signature-guide-title">How to check a report yourself</h2>
      <p>Every report Tiergate serves is signed by the platform. The signature travels in three response headers:</p>
      <dl className="reg-key-values">
        <dt>{REPORT_SIGNATURE_HEADERS.sha256}</dt>
        <dd>the SHA-256 of the report's bytes, in hex</dd>
        <dt>{REPORT_SIGNATURE_HEADERS.signature}</dt>
        <dd>an Ed25519 signature, in base64, over the raw 32-byte SHA-256 digest</dd>
        <dt>{REPORT_SIGNATURE_HEADERS.keyId}</dt>
        <dd>which platform key signed: the SHA-256 of the key's SPKI encoding</dd>
      </dl>
      <ol>
        <li>Keep the file exactly as downloaded: a change of a single byte makes the check fail.</li>
        <li>
          Fetch the platform's public key once:{' '}
          <a href={`${API_BASE}${REPORT_PUBLIC_KEY_PATH}`} download="jwks.json">
            GET {API_BASE}
            {REPORT_PUBLIC_KEY_PATH}
          </a>{' '}
          (public, a JWKS; save it as <code>jwks.json</code>). Compare its <code>kid</code> with one published through a channel you trust.
        </li>
        <li>
          Run Tiergate's verifier. It prints <code>valid</code>, or <code>INVALID: reason</code> and exits with status 1:
          <pre className="reg-command">
            <code>{command}</code>
          </pre>
        </li>
        <li>
          Without Tiergate's tools, OpenSSL 3 does the same with the key converted to PEM:
          <pre className="reg-command">
            <code>
              {`openssl dgst -sha256 -binary ${reportFile} > digest.bin\necho "${signature}" | base64 -d > report.sig\nopenssl pkeyutl -verify -pubin -inkey platform.pem -rawin -in digest.bin -sigfile report.sig`}
            </code>
          </pre>
        </li>
      </ol>
    </section>
  );
}
