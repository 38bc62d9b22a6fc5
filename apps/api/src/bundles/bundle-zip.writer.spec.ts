import { createHash, generateKeyPairSync } from 'node:crypto';
import { Readable } from 'node:stream';
import { ReportSigner } from '../report-signing/report-signer';
import type { AttestationBundle } from './attestation-bundle';
import { writeBundleZip } from './bundle-zip.writer';

const signer = new ReportSigner(generateKeyPairSync('ed25519').privateKey);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function bundleWith(stored: Buffer, claimed: Buffer, source: () => Readable = () => Readable.from([stored])): AttestationBundle {
  return {
    attestationId: 'a-1',
    files: [
      { path: 'statement.json', bytes: Buffer.from('{}') },
      { path: `evidence/${sha256(claimed)}`, sha256: sha256(claimed), size: claimed.length, open: async () => source() },
    ],
  };
}

async function drain(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('writeBundleZip', () => {
  it('writes a ZIP holding every file, the manifest and its signature', async () => {
    const evidence = Buffer.from('%PDF-1.7 evidence');
    const zip = await drain(writeBundleZip(bundleWith(evidence, evidence), signer, new Date('2025-01-01T00:00:00Z')));
    expect(zip.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const names = zip.toString('latin1');
    for (const name of ['statement.json', `evidence/${sha256(evidence)}`, 'manifest.json', 'manifest.sig.json']) expect(names).toContain(name);
    // Stored, not deflated: the evidence bytes appear as they are.
    expect(zip.includes(evidence)).toBe(true);
  });

  it('fails the stream when stored bytes no longer hash to their name', async () => {
    const stored = Buffer.from('%PDF-1.7 tampered!');
    const claimed = Buffer.from('%PDF-1.7 original!');
    await expect(drain(writeBundleZip(bundleWith(stored, claimed), signer, new Date()))).rejects.toThrow(/hashes to .*refusing to bundle it/);
  });

  it('fails the stream when the store cannot open a file', async () => {
    const evidence = Buffer.from('x');
    const bundle = bundleWith(evidence, evidence);
    bundle.files[1] = { path: `evidence/${sha256(evidence)}`, sha256: sha256(evidence), size: 1, open: () => Promise.reject(new Error('store is down')) };
    await expect(drain(writeBundleZip(bundle, signer, new Date()))).rejects.toThrow('store is down');
  });

  it('closes the evidence being read when the download is abandoned', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 1);
    let source: Readable | undefined;
    const output = writeBundleZip(
      bundleWith(
        big,
        big,
        () =>
          (source = Readable.from(
            (function* () {
              for (let offset = 0; offset < big.length; offset += 65_536) yield big.subarray(offset, offset + 65_536);
            })(),
          )),
      ),
      signer,
      new Date(),
    );
    output.on('data', () => source && output.destroy());
    await new Promise((resolve) => output.once('close', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(source?.destroyed).toBe(true);
  });
});
