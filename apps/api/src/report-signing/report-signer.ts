import { createHash, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { REPORT_HEADERS, reportKeyId, reportPublicJwk, signReport, signReportDigest, type ReportSignature } from '@tiergate/domain';

/** Signs what the platform hands to regulators, with the platform key. */
export class ReportSigner {
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    this.keyId = reportKeyId(privateKey);
  }

  sign(body: Buffer): ReportSignature {
    return signReport(body, this.privateKey, this.keyId);
  }

  /** Response headers that let anyone check `body` against GET /reports/public-key. */
  headersFor(body: Buffer): Record<string, string> {
    return toHeaders(this.sign(body));
  }

  /** As `headersFor`, hashing the file as a stream so large exports are never held in memory. */
  async signFileHeaders(path: string): Promise<Record<string, string>> {
    return toHeaders(await this.signFile(path));
  }

  async signFile(path: string): Promise<ReportSignature> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return signReportDigest(hash.digest(), this.privateKey, this.keyId);
  }

  publicKeyJwk(): JsonWebKey & { kid: string } {
    return reportPublicJwk(this.privateKey);
  }
}

function toHeaders(signature: ReportSignature): Record<string, string> {
  return {
    [REPORT_HEADERS.sha256]: signature.sha256,
    [REPORT_HEADERS.signature]: signature.signature,
    [REPORT_HEADERS.keyId]: signature.keyId,
  };
}
