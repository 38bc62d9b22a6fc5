import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EvidenceNotFoundError, EvidenceTooLargeError, InvalidEvidenceHashError } from './evidence-store';
import { LocalDiskEvidenceStore } from './local-disk-evidence-store';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunked = (bytes: Buffer, size: number) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, n) => bytes.subarray(n * size, (n + 1) * size)));

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  const files: string[] = [];
  for (const entry of entries) if ((await stat(join(root, entry))).isFile()) files.push(entry);
  return files.sort();
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('LocalDiskEvidenceStore', () => {
  let root: string;
  let store: LocalDiskEvidenceStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'tiergate-storage-'));
    store = new LocalDiskEvidenceStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores the bytes under their SHA-256, fanned out by its first four hex digits, and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.7\nan audit report\n'.repeat(5_000));
    const hex = sha256(bytes);

    await expect(store.put(chunked(bytes, 7_001), { maxBytes: bytes.length })).resolves.toEqual({ sha256: hex, size: bytes.length });

    expect(await filesUnder(root)).toEqual([join('sha256', hex.slice(0, 2), hex.slice(2, 4), hex)]);
    expect((await stat(join(root, 'sha256', hex.slice(0, 2), hex.slice(2, 4), hex))).mode & 0o777).toBe(0o600);
    expect(await store.exists(hex)).toBe(true);
    expect((await readAll(await store.open(hex))).equals(bytes)).toBe(true);
  });

  it('keeps one copy when the same bytes are stored twice', async () => {
    const bytes = Buffer.from('vendor,model,quantity\nNVIDIA,H100,8\n');
    const first = await store.put(Readable.from([bytes]), { maxBytes: 1_000 });
    const second = await store.put(chunked(bytes, 3), { maxBytes: 1_000 });

    expect(second).toEqual(first);
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('stores an empty file under the hash of nothing', async () => {
    await expect(store.put(Readable.from([]), { maxBytes: 10 })).resolves.toEqual({ sha256: sha256(Buffer.alloc(0)), size: 0 });
  });

  it('rejects past maxBytes, stops reading and leaves no file behind', async () => {
    const input = chunked(Buffer.alloc(10_000, 1), 1_000);

    const put = store.put(input, { maxBytes: 9_999 });
    await expect(put).rejects.toBeInstanceOf(EvidenceTooLargeError);
    await expect(put).rejects.toMatchObject({ maxBytes: 9_999 });

    expect(input.destroyed).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('accepts a file of exactly maxBytes', async () => {
    await expect(store.put(Readable.from([Buffer.alloc(64, 7)]), { maxBytes: 64 })).resolves.toMatchObject({ size: 64 });
  });

  it('removes the temp file when the input fails part-way', async () => {
    const input = Readable.from(
      (async function* () {
        yield Buffer.from('the first part arrives');
        throw new Error('client went away');
      })(),
    );

    await expect(store.put(input, { maxBytes: 1_000 })).rejects.toThrow('client went away');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('reports a missing object as not found', async () => {
    const absent = sha256(Buffer.from('never stored'));
    expect(await store.exists(absent)).toBe(false);
    await expect(store.open(absent)).rejects.toBeInstanceOf(EvidenceNotFoundError);
  });

  it('deletes an object, and deleting it again is no error', async () => {
    const { sha256: hex } = await store.put(Readable.from([Buffer.from('obsolete')]), { maxBytes: 100 });
    await store.delete(hex);
    await store.delete(hex);
    expect(await store.exists(hex)).toBe(false);
  });

  it.each([
    ['a parent-directory escape', '../../../../etc/passwd'],
    ['a hash with a path appended', `${'a'.repeat(64)}/../x`],
    ['upper-case hex', 'A'.repeat(64)],
    ['a short hash', 'a'.repeat(63)],
    ['a long hash', 'a'.repeat(65)],
    ['non-hex letters', 'g'.repeat(64)],
    ['an empty key', ''],
    ['a trailing newline', `${'a'.repeat(64)}\n`],
  ])('refuses %s as a key before touching the file system', async (_label, key) => {
    await expect(store.open(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
    await expect(store.exists(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidEvidenceHashError);
  });

  it('never uses anything from the client to name files', async () => {
    const bytes = Buffer.from('named ../../evil.sh by the client, which the store never sees');
    await store.put(Readable.from([bytes]), { maxBytes: 1_000 });
    expect(await readdir(root)).toEqual(expect.arrayContaining(['sha256', 'tmp']));
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
    expect(await readFile(join(root, 'sha256', sha256(bytes).slice(0, 2), sha256(bytes).slice(2, 4), sha256(bytes)))).toEqual(bytes);
  });
});
