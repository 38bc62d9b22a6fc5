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
    <iframe className="att-evidence-frame" src={url} title={`Evidence ${name}`} />
  ) : (
    <img className="att-evidence-image" src={url} alt={`Evidence ${name}`} />
  );
}
