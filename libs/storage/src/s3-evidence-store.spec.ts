import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { EvidenceNotFoundError, EvidenceTooLargeError, InvalidEvidenceHashError } from './evidence-store';
import { S3EvidenceStore } from './s3-evidence-store';

const BUCKET = 'evidence';
const MiB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunked = (bytes: Buffer, size: number) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, n) => bytes.subarray(n * size, (n + 1) * size)));

function bufferOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) && !(body instanceof Uint8Array)) throw new Error(`fake S3 expects lib-storage to send buffered parts, got ${typeof body}`);
  return Buffer.from(body);
}

/**
 * The S3 API as far as the store uses it, held in memory: what `S3Client.send` would do against a
 * real bucket, with the real SDK's command classes and not-found errors. Records every call.
 */
class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly calls: { command: string; key?: string; copySource?: string }[] = [];
  private readonly multipart = new Map<string, { key: string; parts: Map<number, Buffer> }>();
  private nextUploadId = 1;

  async send(command: unknown): Promise<unknown> {
    if (command instanceof PutObjectCommand) {
      this.record('PutObject', command.input.Key);
      this.objects.set(this.key(command.input.Key), bufferOf(command.input.Body));
      return { ETag: '"put"' };
    }
    if (command instanceof CreateMultipartUploadCommand) {
      this.record('CreateMultipartUpload', command.input.Key);
      const uploadId = `upload-${this.nextUploadId++}`;
      this.multipart.set(uploadId, { key: this.key(command.input.Key), parts: new Map() });
      return { UploadId: uploadId };
    }
    if (command instanceof UploadPartCommand) {
      this.record('UploadPart', command.input.Key);
      this.upload(command.input.UploadId).parts.set(command.input.PartNumber ?? 0, bufferOf(command.input.Body));
      return { ETag: `"part-${command.input.PartNumber}"` };
    }
    if (command instanceof CompleteMultipartUploadCommand) {
      this.record('CompleteMultipartUpload', command.input.Key);
      const upload = this.upload(command.input.UploadId);
      const parts = (command.input.MultipartUpload?.Parts ?? []).map(({ PartNumber }) => upload.parts.get(PartNumber ?? 0) ?? Buffer.alloc(0));
      this.objects.set(upload.key, Buffer.concat(parts));
      this.multipart.delete(command.input.UploadId ?? '');
      return { Key: upload.key };
    }
    if (command instanceof AbortMultipartUploadCommand) {
      this.record('AbortMultipartUpload', command.input.Key);
      this.multipart.delete(command.input.UploadId ?? '');
      return {};
    }
    if (command instanceof HeadObjectCommand) {
      this.record('HeadObject', command.input.Key);
      const object = this.objects.get(this.key(command.input.Key));
      if (!object) throw new NotFound({ message: 'Not Found', $metadata: { httpStatusCode: 404 } });
      return { ContentLength: object.length };
    }
    if (command instanceof CopyObjectCommand) {
      this.record('CopyObject', command.input.Key, command.input.CopySource);
      const [bucket, ...key] = (command.input.CopySource ?? '').split('/');
      const source = bucket === BUCKET ? this.objects.get(key.join('/')) : undefined;
      if (!source) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
      this.objects.set(this.key(command.input.Key), source);
      return {};
    }
    if (command instanceof GetObjectCommand) {
      this.record('GetObject', command.input.Key);
      const object = this.objects.get(this.key(command.input.Key));
      if (!object) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
      return { Body: Readable.from([object]), ContentLength: object.length };
    }
    if (command instanceof DeleteObjectCommand) {
      this.record('DeleteObject', command.input.Key);
      this.objects.delete(this.key(command.input.Key));
      return {};
    }
    throw new Error(`fake S3 does not implement ${String(command)}`);
  }

  commands(): string[] {
    return this.calls.map(({ command }) => command);
  }

  private record(command: string, key: string | undefined, copySource?: string): void {
    this.calls.push({ command, key, ...(copySource ? { copySource } : {}) });
  }

  private key(key: string | undefined): string {
    if (!key) throw new Error('fake S3: a request without a key');
    return key;
  }

  private upload(uploadId: string | undefined): { key: string; parts: Map<number, Buffer> } {
    const upload = this.multipart.get(uploadId ?? '');
    if (!upload) throw new Error(`fake S3: no multipart upload ${uploadId}`);
    return upload;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('S3EvidenceStore', () => {
  let s3: FakeS3;
  let store: S3EvidenceStore;

  beforeEach(() => {
    s3 = new FakeS3();
    // A real client, so lib-storage finds the configuration it reads; only the network is faked.
    const options = { bucket: BUCKET, region: 'eu-central-1', endpoint: 'http://s3.test:9000', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    const client = new S3Client(options);
    client.send = ((command: unknown) => s3.send(command)) as S3Client['send'];
    store = new S3EvidenceStore(options, client);
  });

  it('uploads to a temporary key, copies to the hash key, then deletes the temporary object', async () => {
    const bytes = Buffer.from('vendor,model,quantity\nNVIDIA,H100,8\n'.repeat(100));
    const hex = sha256(bytes);

    await expect(store.put(chunked(bytes, 333), { maxBytes: MiB })).resolves.toEqual({ sha256: hex, size: bytes.length });

    expect(s3.commands()).toEqual(['PutObject', 'HeadObject', 'CopyObject', 'DeleteObject']);
    const tempKey = s3.calls[0].key ?? '';
    expect(tempKey).toMatch(/^tmp\/[0-9a-f-]{36}$/);
    expect(s3.calls[1]).toEqual({ command: 'HeadObject', key: `sha256/${hex}` });
    expect(s3.calls[2]).toEqual({ command: 'CopyObject', key: `sha256/${hex}`, copySource: `${BUCKET}/${tempKey}` });
    expect(s3.calls[3]).toEqual({ command: 'DeleteObject', key: tempKey });
    expect([...s3.objects.keys()]).toEqual([`sha256/${hex}`]);
    expect(s3.objects.get(`sha256/${hex}`)?.equals(bytes)).toBe(true);
  });

  it('skips the copy when the same bytes are already stored, keeping one object', async () => {
    const bytes = Buffer.from('{"nvidia-smi":"output"}');
    await store.put(Readable.from([bytes]), { maxBytes: MiB });
    s3.calls.length = 0;

    await expect(store.put(Readable.from([bytes]), { maxBytes: MiB })).resolves.toMatchObject({ sha256: sha256(bytes) });

    expect(s3.commands()).toEqual(['PutObject', 'HeadObject', 'DeleteObject']);
    expect([...s3.objects.keys()]).toEqual([`sha256/${sha256(bytes)}`]);
  });

  it('streams a file larger than one part as a multipart upload', async () => {
    const bytes = Buffer.alloc(12 * MiB);
    for (let offset = 0; offset < bytes.length; offset += 4) bytes.writeUInt32LE(offset, offset);

    await expect(store.put(chunked(bytes, MiB), { maxBytes: 16 * MiB })).resolves.toEqual({ sha256: sha256(bytes), size: bytes.length });

    expect(s3.commands()).toEqual(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'UploadPart', 'CompleteMultipartUpload', 'HeadObject', 'CopyObject', 'DeleteObject']);
    expect([...s3.objects.keys()]).toEqual([`sha256/${sha256(bytes)}`]);
    expect(s3.objects.get(`sha256/${sha256(bytes)}`)?.equals(bytes)).toBe(true);
  });

  it('rejects past maxBytes, copies nothing and deletes the temporary key', async () => {
    const input = chunked(Buffer.alloc(4_096, 1), 512);

    const put = store.put(input, { maxBytes: 4_095 });
    await expect(put).rejects.toBeInstanceOf(EvidenceTooLargeError);
    await expect(put).rejects.toMatchObject({ maxBytes: 4_095 });

    expect(s3.commands()).toEqual(['DeleteObject']);
    expect(s3.calls[0].key).toMatch(/^tmp\//);
    expect(input.destroyed).toBe(true);
    expect(s3.objects.size).toBe(0);
  });

  it('aborts a multipart upload that grows past maxBytes and leaves nothing behind', async () => {
    const put = store.put(chunked(Buffer.alloc(20 * MiB, 2), MiB), { maxBytes: 12 * MiB });

    await expect(put).rejects.toBeInstanceOf(EvidenceTooLargeError);

    const commands = s3.commands();
    expect(commands).toContain('CreateMultipartUpload');
    expect(commands).toContain('AbortMultipartUpload');
    expect(commands).not.toContain('CompleteMultipartUpload');
    expect(commands).not.toContain('CopyObject');
    expect(commands[commands.length - 1]).toBe('DeleteObject');
    expect(s3.objects.size).toBe(0);
  });

  it('removes the temporary key when the input fails part-way', async () => {
    const input = Readable.from(
      (async function* () {
        yield Buffer.from('half an upload');
        throw new Error('client went away');
      })(),
    );

    await expect(store.put(input, { maxBytes: MiB })).rejects.toThrow('client went away');
    expect(s3.commands()).toEqual(['DeleteObject']);
    expect(s3.objects.size).toBe(0);
  });

  it('opens, checks and deletes objects by hash', async () => {
    const bytes = Buffer.from('%PDF-1.7 a penetration test report');
    const { sha256: hex } = await store.put(Readable.from([bytes]), { maxBytes: MiB });

    expect(await store.exists(hex)).toBe(true);
    expect((await readAll(await store.open(hex))).equals(bytes)).toBe(true);

    await store.delete(hex);
    expect(await store.exists(hex)).toBe(false);
    await expect(store.open(hex)).rejects.toBeInstanceOf(EvidenceNotFoundError);
  });

  it.each(['../tmp/other-upload', `${'a'.repeat(64)}/../../x`, 'A'.repeat(64), 'a'.repeat(63)])('refuses %j as a key without asking S3', async (key) => {
    await expect(store.open(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
    await expect(store.exists(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
    expect(s3.calls).toEqual([]);
  });
});
