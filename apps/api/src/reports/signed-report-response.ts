import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Response } from 'express';
import { REPORT_HEADERS } from '@tiergate/domain';
import type { ReportSigner } from '../report-signing/report-signer';

/** A report rendered in full: the exact bytes that are hashed, signed and sent. */
export interface RenderedReport {
  body: Buffer;
  contentType: string;
  /** Offered as an attachment under this name (printable and spreadsheet formats). */
  fileName?: string;
}

function commonHeaders(response: Response, contentType: string, length: number, fileName: string | undefined): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Length', String(length));
  // A signed report is a record of a moment: caches must not hand an old one out as new.
  response.setHeader('Cache-Control', 'no-store');
  if (fileName) response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
}

/** Sends a report with its SHA-256 and Ed25519 signature in headers, so a saved copy can be checked offline. */
export function sendSignedReport(response: Response, signer: ReportSigner, report: RenderedReport): void {
  for (const [name, value] of Object.entries(signer.headersFor(report.body))) response.setHeader(name, value);
  commonHeaders(response, report.contentType, report.body.length, report.fileName);
  response.status(200).end(report.body);
}

/**
 * Sends a report already written to `path`, signed by streaming the file through the hash, then
 * streamed back: memory stays flat whatever the size. Resolves once the response is over, sent or
 * aborted, so the caller may delete the file then.
 */
export async function sendSignedReportFile(response: Response, signer: ReportSigner, file: { path: string; contentType: string; fileName: string; sha256: string }): Promise<void> {
  const headers = await signer.signFileHeaders(file.path);
  // The digest taken while writing must be the one signed: anything else means the file changed on disk.
  if (headers[REPORT_HEADERS.sha256] !== file.sha256) throw new Error(`export file ${file.path} changed between writing and signing`);
  const { size } = await stat(file.path);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  commonHeaders(response, file.contentType, size, file.fileName);
  await new Promise<void>((resolve, reject) => {
    const source = createReadStream(file.path);
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      source.destroy();
      if (error) reject(error);
      else resolve();
    };
    source.on('error', finish);
    response.on('close', () => finish());
    response.status(200);
    source.pipe(response);
  });
}
