/** What the first bytes of a file show it to be; 'text' is any UTF-8 text, whatever its format. */
export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'application/zip' | 'text' | 'unknown';

export const ALLOWED_EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/csv', 'application/json', 'text/plain', 'application/zip'] as const;
export type EvidenceMediaType = (typeof ALLOWED_EVIDENCE_MEDIA_TYPES)[number];

const SIGNATURES: { type: SniffedType; magic: Buffer }[] = [
  { type: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { type: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'application/zip', magic: Buffer.from('PK\x03\x04', 'latin1') },
  // An archive with no entries is only its end-of-central-directory record.
  { type: 'application/zip', magic: Buffer.from('PK\x05\x06', 'latin1') },
];

export function sniffMediaType(head: Buffer): SniffedType {
  const signature = SIGNATURES.find(({ magic }) => head.subarray(0, magic.length).equals(magic));
  if (signature) return signature.type;
  return decodeText(head) === null ? 'unknown' : 'text';
}

/**
 * Whether the file's first bytes bear out the media type the client declared: a PNG sent as a
 * PDF, or a binary sent as CSV, is refused before anything is stored.
 */
export function mediaTypeMatches(declared: string, head: Buffer): boolean {
  const type = declared.split(';')[0].trim().toLowerCase();
  switch (type) {
    case 'application/pdf':
    case 'image/png':
    case 'image/jpeg':
    case 'application/zip':
      return sniffMediaType(head) === type;
    case 'text/csv':
    case 'text/plain':
      return sniffMediaType(head) === 'text';
    case 'application/json':
      // JSON evidence is a document, an object or an array, not a bare scalar.
      return sniffMediaType(head) === 'text' && /^[\t\n\r ]*[{[]/.test(decodeText(head) ?? '');
    default:
      return false;
  }
}

/**
 * The head as text, or null when it is not UTF-8 or holds a NUL byte (the mark of a binary).
 * Decoding in streaming mode holds back a multi-byte sequence cut off by the end of the head
 * instead of rejecting it; the decoder drops a leading BOM.
 */
function decodeText(head: Buffer): string | null {
  if (head.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return null;
  }
}
