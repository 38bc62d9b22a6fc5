import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/states';
import type { Evidence } from './attestation-types';

/** Evidence a browser can show by itself; everything else is offered as a download. */
export function isPreviewable(evidence: Evidence): boolean {
  return evidence.mediaType === 'application/pdf' || evidence.mediaType.startsWith('image/');
}

/**
 * A PDF in a frame or an image, fetched with the bearer token (a plain src cannot carry it) and
 * shown from a blob: URL, which the console's Content-Security-Policy allows for frames and images.
 * The blob: URL has the console's origin, so the frame is sandboxed with no allowances: whatever
 * the uploaded bytes really are, they run no script and reach no session in the console. Chromium
 * shows no PDF in a sandboxed frame at all, so the same blob is also offered in a tab of its own,
 * where its PDF viewer (not the console's origin) renders it.
 */
export function EvidencePreview({ evidence, name }: { evidence: Evidence; name: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let objectUrl: string | null = null;
    let current = true;
    api.download(`/evidence/${evidence.id}/content`).then(
      ({ blob }) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: evidence.mediaType }));
        setUrl(objectUrl);
      },
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [evidence.id, evidence.mediaType]);

  if (error) return <ErrorMessage error={error} />;
  if (!url) return <Loading what={`Loading ${name}`} />;
  return evidence.mediaType === 'application/pdf' ? (
    <>
      <iframe className="att-evidence-frame" src={url} title={`Evidence ${name}`} sandbox="" />
      <a href={url} target="_blank" rel="noopener noreferrer">
        Open {name} in a new tab
      </a>
    </>
  ) : (
    <img className="att-evidence-image" src={url} alt={`Evidence ${name}`} />
  );
}
