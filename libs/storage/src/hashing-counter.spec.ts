import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceTooLargeError } from './evidence-store';
import { HashingCounter } from './hashing-counter';

const discard = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('HashingCounter', () => {
  it('hashes and counts every byte across chunk boundaries, passing the chunks on unchanged', async () => {
    const chunks = [Buffer.from('evidence '), Buffer.from('split over '), Buffer.from('three chunks')];
    const counter = new HashingCounter(1_000);
    const passed: Buffer[] = [];
    await pipeline(Readable.from(chunks), counter, new Writable({ write: (chunk: Buffer, _encoding, callback) => (passed.push(chunk), callback()) }));
    expect(counter.result()).toEqual({ sha256: sha256(Buffer.concat(chunks)), size: 32 });
    expect(passed).toEqual(chunks);
    expect(passed[0]).toBe(chunks[0]);
  });

  it('accepts exactly maxBytes and fails the stream one byte past it', async () => {
    const exact = new HashingCounter(4);
    await pipeline(Readable.from([Buffer.from('abcd')]), exact, discard());
    expect(exact.result().size).toBe(4);

    const over = pipeline(Readable.from([Buffer.from('ab'), Buffer.from('cde')]), new HashingCounter(4), discard());
    await expect(over).rejects.toBeInstanceOf(EvidenceTooLargeError);
    await expect(over).rejects.toMatchObject({ maxBytes: 4 });
  });

  it('refuses to name a hash before the stream has ended', () => {
    expect(() => new HashingCounter(10).result()).toThrow(/before the stream ended/);
  });
});
