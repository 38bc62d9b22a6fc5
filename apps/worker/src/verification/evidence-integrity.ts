import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { EvidenceNotFoundError, type EvidenceStore } from '@tiergate/storage';

/** Re-reads stored bytes and hashes them: a file changed (or gone) behind our back no longer matches its digest. */
export async function storedBytesMatch(store: EvidenceStore, sha256: string): Promise<boolean> {
  let stream: Readable;
  try {
    stream = await store.open(sha256);
  } catch (error) {
    if (error instanceof EvidenceNotFoundError) return false;
    throw error;
  }
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex') === sha256;
}

/** Reads a small stored file whole (location probes are at most a megabyte); larger is refused. */
export async function readSmallFile(store: EvidenceStore, sha256: string, maxBytes: number): Promise<Buffer | null> {
  const stream = await store.open(sha256);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
