import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { EvidenceTooLargeError, type StoredObject } from './evidence-store';

/** Large buffers keep the per-chunk stream overhead small next to the hashing itself. */
export const STREAM_CHUNK_BYTES = 1024 * 1024;

/**
 * Passes bytes through untouched (same Buffer, no copy) while hashing and counting them, so the
 * hash is known the moment the last byte is written and no second read is needed. Fails the
 * stream as soon as the count passes `maxBytes`, before the offending chunk goes any further.
 */
export class HashingCounter extends Transform {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private digest: string | null = null;

  constructor(private readonly maxBytes: number) {
    super({ readableHighWaterMark: STREAM_CHUNK_BYTES, writableHighWaterMark: STREAM_CHUNK_BYTES });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new EvidenceTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  /** Only once every byte has passed through: a partial hash would name the wrong content. */
  result(): StoredObject {
    if (this.digest === null) throw new Error('HashingCounter.result() called before the stream ended');
    return { sha256: this.digest, size: this.bytes };
  }
}
