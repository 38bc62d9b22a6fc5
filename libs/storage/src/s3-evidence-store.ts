import { randomUUID } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { EvidenceNotFoundError, type EvidenceStore, type StoredObject } from './evidence-store';
import { HashingCounter } from './hashing-counter';
import { assertSha256Hex } from './sha256-hex';

export interface S3EvidenceStoreOptions {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, Ceph, R2…); AWS S3 itself needs none. */
  endpoint?: string;
  /** Most S3-compatible services want bucket-in-path URLs rather than bucket-in-hostname. */
  forcePathStyle?: boolean;
  /** Omitted: the SDK's default chain (environment, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** CopyObject copies at most 5 GiB in one request; a larger object would need a multipart copy. */
const MAX_SINGLE_COPY_BYTES = 5 * 1024 ** 3;

export function createS3Client(options: S3EvidenceStoreOptions): S3Client {
  return new S3Client({ region: options.region, endpoint: options.endpoint, forcePathStyle: options.forcePathStyle, credentials: options.credentials });
}

/**
 * Evidence in an S3-compatible bucket under `sha256/<hex>`. The key depends on the hash, which is
 * known only after the last byte, so the bytes go to `tmp/<uuid>` first (hashed on the way) and are
 * then copied server-side to their hash key. Memory stays at the upload's part buffers
 * (lib-storage: 4 parts of 5 MiB), whatever the file size. A bucket lifecycle rule expiring `tmp/`
 * after a day is worth having for uploads cut short by a crash.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly bucket: string;

  constructor(
    options: S3EvidenceStoreOptions,
    private readonly client: S3Client = createS3Client(options),
  ) {
    this.bucket = options.bucket;
  }

  async put(input: Readable, options: { maxBytes: number }): Promise<StoredObject> {
    const tempKey = `tmp/${randomUUID()}`;
    const counter = new HashingCounter(options.maxBytes);
    // An input error or the size limit destroys both streams, which fails the upload below.
    pipeline(input, counter, () => undefined);
    let stored: StoredObject;
    try {
      await new Upload({ client: this.client, params: { Bucket: this.bucket, Key: tempKey, Body: counter, ContentType: 'application/octet-stream' } }).done();
      stored = counter.result();
      if (stored.size > MAX_SINGLE_COPY_BYTES) throw new Error(`Evidence of ${stored.size} bytes is beyond the ${MAX_SINGLE_COPY_BYTES}-byte single-copy limit of S3`);
      const finalKey = objectKey(stored.sha256);
      if (!(await this.headExists(finalKey))) {
        await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: finalKey, CopySource: `${this.bucket}/${tempKey}` }));
      }
    } catch (error) {
      // Stops reading the input when S3 failed first; lib-storage has already aborted a multipart upload.
      counter.destroy();
      // The temp object may exist (a finished single-part put); a failed removal must not hide why the put failed.
      await this.deleteKey(tempKey).catch(() => undefined);
      throw error;
    }
    await this.deleteKey(tempKey);
    return stored;
  }

  async open(sha256: string): Promise<Readable> {
    const key = objectKey(sha256);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      // In Node the SDK hands back the HTTP response stream itself: no buffering on the way out either.
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${key}`);
      return Body;
    } catch (error) {
      if (isNotFound(error)) throw new EvidenceNotFoundError(sha256);
      throw error;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    return this.headExists(objectKey(sha256));
  }

  async delete(sha256: string): Promise<void> {
    await this.deleteKey(objectKey(sha256));
  }

  private async headExists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  private async deleteKey(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function objectKey(sha256: string): string {
  assertSha256Hex(sha256);
  return `sha256/${sha256}`;
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
}
