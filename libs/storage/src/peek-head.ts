import { Readable } from 'node:stream';

/** Enough for every signature the sniffer knows, and for a fair look at whether text is text. */
export const DEFAULT_PEEK_BYTES = 4100;

/**
 * Reads the first `bytes` of `input` (fewer if it ends sooner) and hands back a stream that still
 * yields the whole content, those first bytes included: the upload can be judged by its head
 * before anything is stored, without holding more of it than the chunks read so far. Destroying
 * the returned stream destroys `input`; an error of `input` surfaces on the returned stream.
 */
export async function peekHead(input: Readable, bytes = DEFAULT_PEEK_BYTES): Promise<{ head: Buffer; stream: Readable }> {
  const source: AsyncIterator<Buffer> = input[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    peeked.push(next.value);
    length += next.value.length;
  }

  async function* replay(): AsyncGenerator<Buffer> {
    yield* peeked;
    if (ended) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  const stream = Readable.from(replay(), { objectMode: false });
  // A generator that never started ignores return(), so a consumer giving up early is passed on here.
  stream.once('close', () => {
    if (!input.readableEnded) input.destroy();
  });
  // Only the head is copied; the chunks themselves go on unchanged.
  return { head: Buffer.concat(peeked, Math.min(bytes, length)), stream };
}
