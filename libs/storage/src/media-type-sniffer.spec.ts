import { ALLOWED_EVIDENCE_MEDIA_TYPES, mediaTypeMatches, sniffMediaType } from './media-type-sniffer';

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(20)]);
const EMPTY_ZIP = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
const text = (value: string) => Buffer.from(value, 'utf8');

describe('sniffMediaType', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a ZIP archive', ZIP, 'application/zip'],
    ['an empty ZIP archive', EMPTY_ZIP, 'application/zip'],
    ['ASCII CSV', text('vendor,model,quantity\r\nNVIDIA,H100,8\r\n'), 'text'],
    ['UTF-8 with accents and CJK', text('Rechenzentrum Düsseldorf — 数据中心\n'), 'text'],
    ['UTF-8 behind a BOM', text('\ufeff{"a":1}'), 'text'],
    ['an empty head', Buffer.alloc(0), 'text'],
    ['text with a NUL byte', text('looks like text\0but is not'), 'unknown'],
    ['UTF-16 (NUL bytes between letters)', Buffer.from('\ufeffhello', 'utf16le'), 'unknown'],
    ['bytes that are not UTF-8', Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x21]), 'unknown'],
    ['Latin-1 text', Buffer.from('Düsseldorf', 'latin1'), 'unknown'],
    ['an overlong encoding', Buffer.from([0x41, 0xc0, 0xaf, 0x41]), 'unknown'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'), 'unknown'],
    ['a truncated PNG signature', PNG.subarray(0, 4), 'unknown'],
  ])('recognises %s', (_label, head, expected) => {
    expect(sniffMediaType(head)).toBe(expected);
  });

  it('accepts a multi-byte character cut off by the end of the head, but not one cut off inside it', () => {
    const euro = text('€'); // e2 82 ac
    expect(sniffMediaType(Buffer.concat([text('price 12 '), euro.subarray(0, 2)]))).toBe('text');
    expect(sniffMediaType(Buffer.concat([text('price 12 '), euro.subarray(0, 1)]))).toBe('text');
    expect(sniffMediaType(Buffer.concat([text('price '), euro.subarray(0, 2), text(' 12')]))).toBe('unknown');
  });
});

describe('mediaTypeMatches', () => {
  it('lists the media types evidence may be declared as', () => {
    expect(ALLOWED_EVIDENCE_MEDIA_TYPES).toEqual(['application/pdf', 'image/png', 'image/jpeg', 'text/csv', 'application/json', 'text/plain', 'application/zip']);
  });

  it('holds binary types to their signature', () => {
    expect(mediaTypeMatches('application/pdf', PDF)).toBe(true);
    expect(mediaTypeMatches('image/png', PNG)).toBe(true);
    expect(mediaTypeMatches('image/jpeg', JPEG)).toBe(true);
    expect(mediaTypeMatches('application/zip', EMPTY_ZIP)).toBe(true);
    expect(mediaTypeMatches('application/pdf', PNG)).toBe(false);
    expect(mediaTypeMatches('image/png', JPEG)).toBe(false);
    expect(mediaTypeMatches('application/zip', text('PK but not really'))).toBe(false);
  });

  it('wants text for CSV and plain text', () => {
    expect(mediaTypeMatches('text/csv', text('vendor,model\nAMD,MI300X\n'))).toBe(true);
    expect(mediaTypeMatches('text/plain', text('nvidia-smi -q output\n'))).toBe(true);
    expect(mediaTypeMatches('text/csv', ZIP)).toBe(false);
    expect(mediaTypeMatches('text/plain', Buffer.from([0x00, 0x01, 0x02]))).toBe(false);
  });

  it('wants JSON to open an object or an array, after optional BOM and whitespace', () => {
    expect(mediaTypeMatches('application/json', text('{"controls":[]}'))).toBe(true);
    expect(mediaTypeMatches('application/json', text('\ufeff\r\n\t [1,2]'))).toBe(true);
    expect(mediaTypeMatches('application/json', text('"a bare string"'))).toBe(false);
    expect(mediaTypeMatches('application/json', text('not json {'))).toBe(false);
    expect(mediaTypeMatches('application/json', text(''))).toBe(false);
    expect(mediaTypeMatches('application/json', PDF)).toBe(false);
  });

  it('reads the declared type case-insensitively and ignores its parameters', () => {
    expect(mediaTypeMatches('Text/CSV; charset=utf-8', text('a,b\n'))).toBe(true);
    expect(mediaTypeMatches('APPLICATION/PDF', PDF)).toBe(true);
  });

  it('matches nothing it was not told about', () => {
    expect(mediaTypeMatches('image/gif', Buffer.from('GIF89a', 'latin1'))).toBe(false);
    expect(mediaTypeMatches('text/html', text('<html></html>'))).toBe(false);
    expect(mediaTypeMatches('', text('anything'))).toBe(false);
  });
});
