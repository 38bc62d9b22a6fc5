import { InvalidEvidenceHashError } from './evidence-store';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Keys end up in file paths and object keys: anything but a bare hash (`..`, `/`, upper case) is refused. */
export function assertSha256Hex(value: string): void {
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) throw new InvalidEvidenceHashError();
}
