import { once } from 'node:events';
import { Readable } from 'node:stream';
import { DEFAULT_PEEK_BYTES, peekHead } from './peek-head';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A byte source that counts how many chunks were pulled from it, to show peeking does not drain it. */
function countingSource(chunks: number, chunkBytes: number): { input: Readable; pulled: () => number } {
  let pulled = 0;
  const input = new Readable({
    highWaterMark: chunkBytes,
    read() {
      this.push(pulled < chunks ? Buffer.alloc(chunkBytes, pulled++ % 251) : null);
    },
  });
  return { input, pulled: () => pulled };
}

describe('peekHead', () => {
  it('returns the first bytes gathered across small chunks, and a stream that still yields everything', async () => {
    const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, n) => n % 256));
    const input = Readable.from(Array.from({ length: 100 }, (_, n) => bytes.subarray(n * 100, (n + 1) * 100)));

    const { head, stream } = await peekHead(input);

    expect(head.equals(bytes.subarray(0, DEFAULT_PEEK_BYTES))).toBe(true);
    expect((await readAll(stream)).equals(bytes)).toBe(true);
  });

  it('returns what there is when the input is shorter than the head', async () => {
    const { head, stream } = await peekHead(Readable.from([Buffer.from('a,b\n')]), 16);
    expect(head.toString()).toBe('a,b\n');
    expect((await readAll(stream)).toString()).toBe('a,b\n');
  });

  it('reads only the beginning of a long input until the returned stream is consumed', async () => {
    const { input, pulled } = countingSource(1_000, 64 * 1024);

    const { head, stream } = await peekHead(input, 100);

    expect(head).toHaveLength(100);
    expect(pulled()).toBeLessThanOrEqual(3);
    expect((await readAll(stream)).length).toBe(1_000 * 64 * 1024);
  });

  it('surfaces an error of the input on the returned stream', async () => {
    const input = Readable.from(
      (async function* () {
        yield Buffer.from('%PDF-1.7 and then the connection drops');
        throw new Error('connection reset');
      })(),
    );
    const { head, stream } = await peekHead(input, 5);
    expect(head.toString()).toBe('%PDF-');
    await expect(readAll(stream)).rejects.toThrow('connection reset');
  });

  it('destroys the input when the returned stream is abandoned', async () => {
    const { input } = countingSource(1_000, 1024);
    const { stream } = await peekHead(input, 10);
    stream.destroy();
    await once(stream, 'close');
    expect(input.destroyed).toBe(true);
  });
});
