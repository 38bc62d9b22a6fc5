import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { open, type Entry, type ZipFile } from 'yauzl';

/** One file of a bundle as read back: its digest and size, and its bytes when they were asked for. */
export interface BundleEntry {
  sha256: string;
  size: number;
  bytes?: Buffer;
}

export interface ReadBundle {
  entries: Map<string, BundleEntry>;
  /** Names that occur more than once: a ZIP tool would show one of them, so neither can be trusted. */
  duplicates: string[];
}

/** Documents kept in memory for inspection are small; anything bigger is not one Tiergate wrote. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

/**
 * Reads every file of the ZIP once, hashing as it streams, so evidence of any size costs constant
 * memory. Only the files `keep` names are held whole. Nothing is written to disk, so names like
 * `../x` in a hostile archive are harmless here.
 */
export async function readBundle(path: string, keep: (name: string) => boolean): Promise<ReadBundle> {
  const zip = await openZip(path);
  const entries = new Map<string, BundleEntry>();
  const duplicates: string[] = [];
  try {
    for (let entry = await nextEntry(zip); entry !== undefined; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      if (entries.has(entry.fileName)) duplicates.push(entry.fileName);
      const kept = keep(entry.fileName);
      if (kept && entry.uncompressedSize > MAX_KEPT_BYTES) throw new Error(`${entry.fileName} is ${entry.uncompressedSize} bytes, far more than a bundle's ${entry.fileName} can be`);
      entries.set(entry.fileName, await digestOf(await openEntry(zip, entry), kept));
    }
  } finally {
    zip.close();
  }
  return { entries, duplicates };
}

/**
 * Consumed with 'data' events rather than `for await`: yauzl hands out stored (uncompressed)
 * entries as its own file-slice stream, which never ends under an async iterator.
 */
function digestOf(stream: Readable, keep: boolean): Promise<BundleEntry> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      if (keep) chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve({ sha256: hash.digest('hex'), size, ...(keep ? { bytes: Buffer.concat(chunks) } : {}) }));
  });
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    open(path, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) => (error ? reject(new Error(`${path} is not a readable ZIP: ${error.message}`)) : resolve(zip)));
  });
}

/** The next entry, or undefined at the end; yauzl announces entries by events, one per readEntry call. */
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(new Error(`cannot read ${entry.fileName} from the ZIP: ${error.message}`)) : resolve(stream)));
  });
}
