import fc from 'fast-check';
import { PDF_BYTES, PNG_BYTES } from '../setup/attestation-fixture';
import { malformedString } from './malformed-values';

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  /** Field values are UTF-8; file content is bytes, held as a latin1 string so a counterexample prints. */
  content: string;
  isFile: boolean;
}

export interface MultipartBody {
  boundary: string;
  /** What the Content-Type header says the boundary is; null: no boundary parameter at all. */
  declaredBoundary: string | null;
  parts: MultipartPart[];
  ending: 'close' | 'none' | 'garbage';
}

export interface EvidenceHints {
  evidenceType: string;
  /** The first requires evidenceType; the others are any controls of the policy. */
  controlIds: string[];
}

const maybeMalformed = (valid: fc.Arbitrary<string>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: malformedString.map((value) => value.slice(0, 20_000)), weight: 1 });
const futureDate = fc.integer({ min: 1, max: 3_650 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());

const FILE_BYTES = {
  pdf: PDF_BYTES.toString('latin1'),
  png: PNG_BYTES.toString('latin1'),
  empty: '',
  html: '<html><script>alert(1)</script></html>',
  zip: 'PK\u0003\u0004' + '\u0000'.repeat(26),
};

/** Mostly a PDF or PNG declared as what it is, so that uploads get past the media-type check to the fields behind it. */
const declaredFile = fc.oneof(
  { arbitrary: fc.constantFrom({ contentType: 'application/pdf', content: FILE_BYTES.pdf }, { contentType: 'image/png', content: FILE_BYTES.png }), weight: 4 },
  {
    arbitrary: fc.record({
      contentType: fc.constantFrom('application/pdf', 'image/png', 'text/plain', 'application/octet-stream', 'APPLICATION/PDF', 'application/pdf; charset=utf-8', 'image/svg+xml', ''),
      content: fc.oneof(
        { arbitrary: fc.constantFrom(...Object.values(FILE_BYTES)), weight: 4 },
        { arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('latin1')), weight: 1 },
        { arbitrary: fc.integer({ min: 10_000, max: 2_000_000 }).map((length) => FILE_BYTES.pdf + 'x'.repeat(length)), weight: 1 },
      ),
    }),
    weight: 2,
  },
);

const filePart: fc.Arbitrary<MultipartPart> = fc
  .record({
    name: fc.oneof({ arbitrary: fc.constant('file'), weight: 8 }, { arbitrary: fc.constantFrom('files', 'FILE', 'type', ''), weight: 1 }),
    filename: fc.oneof(
      { arbitrary: fc.constant('evidence.pdf'), weight: 4 },
      { arbitrary: fc.constantFrom('../../../etc/passwd', '', '\u0000.pdf', 'résumé💣.pdf', 'a'.repeat(2_000), 'C:\\evil.exe', '"quoted".pdf'), weight: 2 },
    ),
    declared: declaredFile,
  })
  .map(({ name, filename, declared }) => ({ name, filename, ...declared, isFile: true }));

const field = (name: fc.Arbitrary<string>, content: fc.Arbitrary<string>): fc.Arbitrary<MultipartPart> => fc.record({ name, content, isFile: fc.constant(false) });

/** An evidence upload: the fields and the file the route expects, each possibly wrong, missing, repeated, or in a broken envelope. */
export function multipartBody(hints: EvidenceHints): fc.Arbitrary<MultipartBody> {
  const optional = (part: fc.Arbitrary<MultipartPart>) => fc.option(part, { freq: 6 }).map((value) => (value ? [value] : []));
  const parts = fc
    .tuple(
      optional(field(fc.constant('type'), maybeMalformed(fc.constant(hints.evidenceType)))),
      optional(
        field(
          fc.constant('controlIds'),
          maybeMalformed(
            fc.oneof({ arbitrary: fc.constant(hints.controlIds[0]), weight: 3 }, { arbitrary: fc.subarray(hints.controlIds, { minLength: 1, maxLength: 3 }).map((ids) => ids.join(',')), weight: 1 }),
          ),
        ),
      ),
      fc.option(field(fc.constantFrom('validUntil', 'observedFrom', 'observedTo'), maybeMalformed(futureDate)), { freq: 2 }).map((value) => (value ? [value] : [])),
      fc.oneof({ arbitrary: filePart.map((part) => [part]), weight: 6 }, { arbitrary: fc.constant([]), weight: 1 }, { arbitrary: fc.array(filePart, { minLength: 2, maxLength: 3 }), weight: 1 }),
      fc.oneof(
        { arbitrary: fc.constant([]), weight: 4 },
        {
          arbitrary: fc.array(
            field(
              malformedString.map((name) => name.slice(0, 100)),
              malformedString.map((value) => value.slice(0, 20_000)),
            ),
            { minLength: 1, maxLength: 2 },
          ),
          weight: 1,
        },
      ),
      fc.boolean(),
    )
    .map(([type, controlIds, dates, files, extra, fileFirst]) => (fileFirst ? [...files, ...type, ...controlIds, ...dates, ...extra] : [...type, ...controlIds, ...dates, ...extra, ...files]));
  const boundary = fc.oneof(
    { arbitrary: fc.constant('----fuzz-boundary-7MA4YWxkTrZu0gW'), weight: 4 },
    { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 70 }).filter((value) => !/[\r\n"]/.test(value)), weight: 1 },
  );
  return fc
    .record({
      boundary,
      boundaryMismatch: fc.oneof(
        { arbitrary: fc.constant<'same' | 'none' | 'other' | 'long'>('same'), weight: 8 },
        { arbitrary: fc.constantFrom<'same' | 'none' | 'other' | 'long'>('none', 'other', 'long'), weight: 1 },
      ),
      parts,
      ending: fc.oneof({ arbitrary: fc.constant<'close' | 'none' | 'garbage'>('close'), weight: 8 }, { arbitrary: fc.constantFrom<'close' | 'none' | 'garbage'>('none', 'garbage'), weight: 1 }),
    })
    .map(({ boundary: chosen, boundaryMismatch, parts: chosenParts, ending }) => ({
      boundary: chosen,
      declaredBoundary: { same: chosen, none: null, other: 'not-the-boundary', long: 'b'.repeat(300) }[boundaryMismatch],
      parts: chosenParts,
      ending,
    }));
}

export function multipartContentType(body: MultipartBody): string {
  return body.declaredBoundary === null ? 'multipart/form-data' : `multipart/form-data; boundary=${body.declaredBoundary}`;
}

export function multipartBytes(body: MultipartBody): Buffer {
  const chunks: Buffer[] = [];
  for (const part of body.parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${body.boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType !== undefined ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`, 'utf8'));
    chunks.push(Buffer.from(part.content, part.isFile ? 'latin1' : 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from({ close: `--${body.boundary}--\r\n`, none: '', garbage: `--${body.boundary}\r\ngarbage` }[body.ending]));
  return Buffer.concat(chunks);
}
