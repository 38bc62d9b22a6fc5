import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * Tiergate's namespace for OSCAL identifiers: the RFC 4122 v5 UUID of `urn:tiergate:oscal` in the
 * URL namespace. Fixed forever, since every identifier in every document derives from it.
 */
export const TIERGATE_OSCAL_NAMESPACE = '92bf2355-4568-516e-b8cd-01ad5379883a';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 version 5: SHA-1 over the namespace's 16 bytes and the name, with version and variant bits set. */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`namespace must be a UUID, got ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The same parts always name the same OSCAL object, so re-exporting unchanged data gives a
 * byte-identical document. The parts are JSON-encoded so ("a-b", "c") and ("a", "b-c") differ.
 */
export function oscalUuid(...parts: string[]): string {
  return uuidV5(TIERGATE_OSCAL_NAMESPACE, JSON.stringify(parts));
}

/**
 * A document's own UUID: OSCAL wants a new one whenever the content changes, and the same one for
 * the same content. The content is RFC 8785 canonical JSON, so key order does not matter.
 */
export function contentUuid(kind: string, content: unknown): string {
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error(`${kind} content cannot be encoded as JSON`);
  return oscalUuid(kind, createHash('sha256').update(canonical).digest('hex'));
}
