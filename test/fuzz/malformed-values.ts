import fc from 'fast-check';
import { RawJson, withOwnKey } from './json-text';

/** Strings that have broken parsers, validators, databases and file systems before. */
export const TRICKY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeffBOM',
  '💣🇩🇪👩‍👩‍👧‍👦',
  'İ',
  'ß',
  'ǅ',
  'Ω≈ç√∫',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '0x1F',
  '1e309',
  '9'.repeat(400),
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '$1',
  '%s%s%n',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '/dev/zero',
  '\r\nX-Injected: 1',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '0000-00-00',
  '2026-02-30T25:61:61Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0',
  '1',
  '99999',
  'Tue, 31 Feb 2026',
  '2026-01-01T00:00:00+99:99',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '------------------------------------',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  'de',
  'XX',
  'DE\u0000',
  '🇩🇪',
  `tg_${'a'.repeat(12)}_${'a'.repeat(43)}`,
];

/** Formats the API parses: dates, UUIDs, country codes, emails — each slightly wrong. */
const nearMissStrings = fc.oneof(
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
  fc.uuid().map((uuid) => `${uuid} `),
  fc.uuid().map((uuid) => `${uuid}\u0000`),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().replace('T', ' ')),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.emailAddress().map((email) => `${email}\u0000`),
  fc.emailAddress().map((email) => email.toUpperCase()),
  fc.string({ unit: 'binary-ascii', minLength: 2, maxLength: 2 }),
);

const hugeStrings = fc.oneof(
  fc.integer({ min: 257, max: 5_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 10_000, max: 100_000 }).map((length) => '\u00e9'.repeat(length)),
  fc.integer({ min: 1_000, max: 20_000 }).map((length) => '💣'.repeat(length)),
);

/** Text no PostgreSQL column holds: where it is stored or compared unchecked, the database refuses the query. */
const unstorableText = fc.tuple(fc.string({ maxLength: 5 }), fc.constantFrom('\u0000', '\ud800', '\udc00'), fc.string({ maxLength: 5 })).map((parts) => parts.join(''));

export const malformedString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_STRINGS), weight: 5 },
  { arbitrary: unstorableText, weight: 2 },
  { arbitrary: nearMissStrings, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: hugeStrings, weight: 1 },
);

/** Numbers a double holds badly or a database column does not hold at all; some only writable as raw JSON. */
export const malformedNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom(0, -1, -0, 0.5, 1.5, 2 ** 31, 2 ** 53 + 2, 2 ** 63, 1e308, -1e308, 5e-324, Number.MAX_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1.0e+9999', '-0.0e-0').map((text) => new RawJson(text)),
);

const nested = (depth: number, open: string, close: string, inner = '1') => new RawJson(open.repeat(depth) + inner + close.repeat(depth));

/** Thousands of levels deep: recursion in a parser, transformer or validator overflows its stack. */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .integer({ min: 10, max: 20_000 })
  .chain((depth) => fc.constantFrom(nested(depth, '[', ']'), nested(depth, '{"a":', '}'), nested(depth, '{"__proto__":', '}')));

/** Keys that pollute Object.prototype when merged naively. */
export const prototypePollution: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(
    () => withOwnKey({}, '__proto__', { polluted: 'yes', role: 'admin', isAdmin: true }),
    () => ({ constructor: { prototype: { polluted: 'yes' } } }),
    () => ({ prototype: { polluted: 'yes' } }),
    () => withOwnKey({ a: 1 }, '__proto__', null),
  )
  .map((make) => make());

/** Any JSON value of the wrong kind: the fuzzer puts these where a field, an item or the whole body belongs. */
export const malformedJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { arbitrary: fc.constantFrom(null, true, false), weight: 2 },
    { arbitrary: malformedNumber, weight: 2 },
    { arbitrary: malformedString, weight: 4 },
    { arbitrary: fc.array(tie('value'), { maxLength: 3 }), weight: 1 },
    {
      arbitrary: fc.dictionary(
        malformedString.filter((key) => key.length < 50),
        tie('value'),
        { maxKeys: 3 },
      ),
      weight: 1,
    },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: prototypePollution, weight: 1 },
  ),
})).value;
