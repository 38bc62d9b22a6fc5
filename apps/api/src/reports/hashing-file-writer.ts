import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';

/** Text is gathered into chunks of about this many characters: one syscall and one hash update per chunk, not per row. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes text to a new file in chunks, waiting whenever the disk falls behind, and hashes exactly
 * the bytes written: memory holds one chunk, whatever the file's size.
 */
export class HashingFileWriter {
  private readonly hash = createHash('sha256');
  private readonly out: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;
  private bytes = 0;
  private failure: Error | null = null;

  constructor(readonly path: string) {
    // `wx`: never write through a file someone else placed at the path.
    this.out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.out.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    if (this.append(text)) await this.flush();
  }

  /**
   * Adds text without waiting; answers whether a chunk's worth has gathered, when the caller should
   * await `flush()`. Lets a loop over 100,000 rows skip a promise per row.
   */
  append(text: string): boolean {
    this.pending.push(text);
    this.pendingChars += text.length;
    return this.pendingChars >= CHUNK_CHARS;
  }

  /** Flushes, closes the file and gives the SHA-256 (hex) and size of what was written. */
  async close(): Promise<{ sha256: string; bytes: number }> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    this.throwIfFailed();
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  /** Stops writing after a failure elsewhere; the caller removes the file. */
  abort(): void {
    this.out.destroy();
  }

  async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.out.write(chunk)) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.out.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.out.off('drain', onDrain);
        reject(error);
      };
      this.out.once('drain', onDrain);
      this.out.once('error', onError);
    });
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
