import { useState } from 'react';
import { api } from '../../api/client';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/use-action';
import { checkReportInBrowser, signatureHeadersOf, type BrowserCheck, type ReportSignatureHeaders } from './report-signature';

type Query = Record<string, string | undefined>;

export interface SignedDownload {
  fileName: string;
  bytes: number;
  headers: ReportSignatureHeaders | null;
  check: { state: 'checking' } | { state: 'done'; result: BrowserCheck } | { state: 'failed'; error: unknown };
}

/**
 * Downloads a signed report, saves it as a file, keeps its signature headers to show, and checks
 * the signature in the browser right after.
 */
export function useSignedDownload() {
  const [last, setLast] = useState<SignedDownload | null>(null);
  const action = useAction(async (path: string, query: Query, fallbackName: string) => {
    const { blob, fileName, headers } = await api.download(path, query);
    const name = fileName ?? fallbackName;
    saveFile(blob, name);
    const signature = signatureHeadersOf(headers);
    setLast({ fileName: name, bytes: blob.size, headers: signature, check: { state: 'checking' } });
    if (!signature) return;
    const check: SignedDownload['check'] = await checkReportInBrowser(blob, signature).then(
      (result) => ({ state: 'done', result }),
      (error: unknown) => ({ state: 'failed', error }),
    );
    setLast((current) => (current && current.headers === signature ? { ...current, check } : current));
  });
  return { last, action };
}
