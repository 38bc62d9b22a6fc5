import { createHash } from 'node:crypto';
import { PassThrough, Transform, pipeline, type Readable, type TransformCallback } from 'node:stream';
import { ZipFile } from 'yazl';
import { BUNDLE_FILES, bundleManifestBytes, type BundleManifest, type BundleManifestSignature } from '@tiergate/domain';
import type { ReportSigner } from '../report-signing/report-signer';
import { isStreamed, type AttestationBundle, type StreamedBundleFile } from './attestation-bundle';

/**
 * The bundle as a ZIP stream. The manifest is made and signed before the first byte goes out, from
 * digests already known (evidence is content-addressed), so evidence can be streamed from the store
 * one file at a time and never held whole. Should stored bytes not hash to their name, the stream
 * fails and the download is cut off rather than ending as a bundle whose manifest lies.
 */
export function writeBundleZip(bundle: AttestationBundle, signer: ReportSigner, createdAt: Date): Readable {
  const manifest: BundleManifest = {
    attestationId: bundle.attestationId,
    createdAt: createdAt.toISOString(),
    files: bundle.files.map((file) => (isStreamed(file) ? { path: file.path, sha256: file.sha256, size: file.size } : { path: file.path, sha256: sha256Hex(file.bytes), size: file.bytes.length })),
  };
  const manifestBytes = bundleManifestBytes(manifest);
  const { keyId, signature } = signer.sign(manifestBytes);
  const manifestSignature: BundleManifestSignature = { keyId, signature };

  const zip = new ZipFile();
  const output = new PassThrough();
  const fail = (error: Error): void => {
    output.destroy(error);
  };
  zip.on('error', fail);
  pipeline(zip.outputStream, output, (error) => error && fail(error));
  // A client that disconnects leaves the evidence being read paused, not closed; close it here.
  const openSources = new Set<Readable>();
  output.once('close', () => openSources.forEach((source) => source.destroy()));

  const mtime = createdAt;
  for (const file of bundle.files) {
    if (!isStreamed(file)) {
      zip.addBuffer(file.bytes, file.path, { mtime });
      continue;
    }
    // Evidence is mostly PDFs and archives, already compressed; deflating them again only costs CPU.
    zip.addReadStreamLazy(file.path, { mtime, size: file.size, compress: false }, (ready) => {
      file.open().then((source) => {
        if (output.destroyed) {
          source.destroy();
          return;
        }
        openSources.add(source);
        source.once('close', () => openSources.delete(source));
        ready(null, checkedAgainstDigest(source, file, fail));
      }, fail);
    });
  }
  zip.addBuffer(manifestBytes, BUNDLE_FILES.manifest, { mtime });
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifestSignature, null, 2)}\n`, 'utf8'), BUNDLE_FILES.manifestSignature, { mtime });
  zip.end();
  return output;
}

function checkedAgainstDigest(source: Readable, file: StreamedBundleFile, fail: (error: Error) => void): Transform {
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      const actual = hash.digest('hex');
      done(actual === file.sha256 ? null : new Error(`stored evidence ${file.sha256} hashes to ${actual}; refusing to bundle it`));
    },
  });
  // yazl pipes what it is given without listening for errors, so failures are routed to the output.
  pipeline(source, check, (error) => error && fail(error));
  return check;
}

function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
