import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceNotFoundError, type EvidenceStore, type StoredObject } from './evidence-store';
import { HashingCounter, STREAM_CHUNK_BYTES } from './hashing-counter';
import { assertSha256Hex } from './sha256-hex';

/**
 * Evidence on the local file system under `root` (STORAGE_DIR):
 *   <root>/tmp/<uuid>                uploads in progress
 *   <root>/sha256/<ab>/<cd>/<hex>    finished objects, named by their hash
 * A file only ever appears under sha256/ complete and flushed, by an atomic rename, so a reader or
 * a crash never sees a half-written object under a hash name.
 */
export class LocalDiskEvidenceStore implements EvidenceStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(input: Readable, options: { maxBytes: number }): Promise<StoredObject> {
    const tempDirectory = join(this.root, 'tmp');
    // Our own random name: the client's file name never reaches the file system.
    const tempPath = join(tempDirectory, randomUUID());
    try {
      await mkdir(tempDirectory, { recursive: true });
      const stored = await writeHashed(input, tempPath, options.maxBytes);
      const finalPath = this.pathOf(stored.sha256);
      if (await isFile(finalPath)) {
        // Same hash, same bytes: the copy already there is as good as ours.
        await unlink(tempPath);
        return stored;
      }
      const directory = dirname(finalPath);
      const firstCreated = await mkdir(directory, { recursive: true });
      await rename(tempPath, finalPath);
      await syncDirectories(directory, firstCreated);
      return stored;
    } catch (error) {
      input.destroy();
      await rm(tempPath, { force: true });
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    // Opened eagerly so a missing object is an EvidenceNotFoundError here, not a stream error later.
    const file = await open(path, 'r').catch((error: unknown) => {
      throw isMissing(error) ? new EvidenceNotFoundError(sha256) : error;
    });
    return file.createReadStream({ highWaterMark: STREAM_CHUNK_BYTES });
  }

  async exists(sha256: string): Promise<boolean> {
    return isFile(this.pathOf(sha256));
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    assertSha256Hex(sha256);
    // Two levels of fan-out keep directories small (65,536 buckets) however much evidence accumulates.
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

async function writeHashed(input: Readable, path: string, maxBytes: number): Promise<StoredObject> {
  const counter = new HashingCounter(maxBytes);
  // 'wx' refuses to follow anything already at the path; `flush` fsyncs before close, and pipeline
  // resolves only after close, so the bytes are on disk before the rename publishes them.
  const file = createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: STREAM_CHUNK_BYTES });
  await pipeline(input, counter, file);
  return counter.result();
}

/**
 * A rename is durable only once the directory holding the new name is flushed, and a directory
 * just created only once its parent is. Walks from `directory` up to the parent of the first one
 * `mkdir` created.
 */
async function syncDirectories(directory: string, firstCreated: string | undefined): Promise<void> {
  const last = firstCreated ? dirname(firstCreated) : directory;
  for (let current = directory; ; current = dirname(current)) {
    await syncDirectory(current);
    if (current === last || dirname(current) === current) return;
  }
}

async function syncDirectory(path: string): Promise<void> {
  // Windows cannot open a directory for fsync; there the rename is as durable as it gets.
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Duck-typed: errors from Node's fs are not `instanceof Error` of a vm context such as jest's. */
function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
