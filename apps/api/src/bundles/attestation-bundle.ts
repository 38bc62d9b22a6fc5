import type { Readable } from 'node:stream';

/** A small file whose bytes are made in memory (statement, policy, findings...). */
export interface InMemoryBundleFile {
  path: string;
  bytes: Buffer;
}

/** A file streamed from storage when the ZIP reaches it; its digest and size are known beforehand. */
export interface StreamedBundleFile {
  path: string;
  sha256: string;
  size: number;
  open(): Promise<Readable>;
}

export type BundleFile = InMemoryBundleFile | StreamedBundleFile;

/** Everything that goes into an attestation's bundle, before the manifest is made. */
export interface AttestationBundle {
  attestationId: string;
  files: BundleFile[];
}

export function isStreamed(file: BundleFile): file is StreamedBundleFile {
  return 'open' in file;
}
