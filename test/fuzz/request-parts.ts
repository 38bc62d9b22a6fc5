import fc from 'fast-check';
import type { FuzzWorld } from './fuzz-world';
import { toJsonText } from './json-text';
import { malformedJsonValue, malformedString } from './malformed-values';
import type { Parameter, RouteOperation } from './route-catalogue';

/** Percent-encodes every byte of the UTF-8 form but the unreserved ones (encodeURIComponent throws on lone surrogates). */
export function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** Node refuses to send control characters in a header; whatever else a client can send, we send. */
export function headerSafe(value: string): string {
  return value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
}

/** Strings short enough that a request line or header stays under Node's 16 KB header limit (beyond it Node's parser refuses the request before the app sees it). */
const urlString = malformedString.map((value) => value.slice(0, 300));

const sometimes = <T>(arbitrary: fc.Arbitrary<T>, weight = 1, outOf = 12): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: outOf - weight }, { arbitrary, weight });

// ---------- path parameters ----------

const RAW_PATH_JUNK = [
  '..',
  '.',
  '../..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  '%',
  '%zz',
  '%c0%ae%c0%ae',
  ';',
  ';jsessionid=1',
  '+',
  '*',
  "'",
  '{id}',
  ':id',
  '//',
  '%2F',
  'null',
  '-1',
  '0',
  '1e3',
  '0x10',
  '\u00ff',
];

/** The real objects a path parameter can name: `/attestations/{id}` → the world's attestations. */
function realValuesFor(operation: RouteOperation, name: string, world: FuzzWorld): string[] {
  if (name !== 'id') return world.ids[name] ?? [];
  const kinds = Object.keys(world.ids).filter((kind) => operation.path.includes(`/${kind}/{id}`));
  const kind = kinds.sort((a, b) => b.length - a.length)[0];
  return kind ? world.ids[kind] : [];
}

/** An encoded path segment: a real object (the caller's, another organisation's, another kind's), a UUID of nothing, or junk. */
export function pathValue(operation: RouteOperation, name: string, world: FuzzWorld): fc.Arbitrary<string> {
  const own = realValuesFor(operation, name, world);
  const everything = Object.values(world.ids).flat();
  return fc.oneof(
    // The first is the home organisation's main object (its draft, its facility): the one where a request gets furthest.
    ...(own.length > 0
      ? [
          { arbitrary: fc.constant(own[0]), weight: 4 },
          { arbitrary: fc.constantFrom(...own), weight: 4 },
        ]
      : []),
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: fc.constantFrom(...everything), weight: 1 },
    { arbitrary: urlString.map(percentEncode), weight: 3 },
    { arbitrary: fc.constantFrom(...RAW_PATH_JUNK), weight: 1 },
  );
}

// ---------- query strings ----------

const DATE_LIKE = [
  '0',
  '1',
  '2026',
  '99999',
  '2026-13-45',
  '2026-02-30',
  '2026-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  'Tue Feb 31 2026',
  '1970-01-01 00:00:00 +99:99',
  '2026-01-01T00:00:00.123456789Z',
  'Sat, 01 Jan 294277 00:00:00 GMT',
  '12/31/1999',
  'June 2026',
  '2026-W05',
  '2026-01-01T24:00:00Z',
  'epoch',
  'now',
  'infinity',
  '-infinity',
  'allballs',
];
const dateLike = fc.oneof({ arbitrary: fc.constantFrom(...DATE_LIKE), weight: 3 }, { arbitrary: urlString, weight: 1 });
const isDateParameter = (name: string) => ['asOf', 'from', 'to'].includes(name);

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
/** Cursors are base64url JSON `{createdAt, id}`: the fuzzer forges them with odd dates and ids, or sends anything. */
const badCursor = fc.oneof(
  { arbitrary: fc.record({ createdAt: dateLike, id: fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-f-]{36}$/), urlString) }).map((position) => cursorOf(JSON.stringify(position))), weight: 4 },
  { arbitrary: malformedJsonValue.map((value) => cursorOf(toJsonText(value)).slice(0, 2_000)), weight: 2 },
  { arbitrary: urlString, weight: 2 },
);

function validQueryValue(parameter: Parameter, world: FuzzWorld): fc.Arbitrary<string> {
  const { name, schema } = parameter;
  if (schema.enum) return fc.constantFrom(...schema.enum.map(String));
  if (name === 'limit') return fc.integer({ min: 1, max: 200 }).map(String);
  if (name === 'cursor')
    return fc
      .record({ createdAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()), id: fc.uuid() })
      .map((position) => cursorOf(JSON.stringify(position)));
  if (name.endsWith('Id')) return fc.constantFrom(...Object.values(world.ids).flat());
  if (isDateParameter(name)) return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.type === 'boolean') return fc.constantFrom('true', 'false');
  if (name === 'country') return fc.constantFrom(...world.countryCodes);
  return fc.constant(String(schema.example ?? 'fuzz'));
}

function badQueryValue(parameter: Parameter): fc.Arbitrary<string> {
  if (parameter.name === 'cursor') return badCursor;
  if (isDateParameter(parameter.name)) return dateLike;
  if (parameter.name === 'limit') return fc.oneof(fc.constantFrom('0', '-1', '201', '1.5', '1e3', '1e309', '0x10', ' 5', '5 ', '+5', '00005', '9'.repeat(30), 'NaN'), urlString);
  return urlString;
}

function queryParameter(parameter: Parameter, world: FuzzWorld): fc.Arbitrary<[string, string][]> {
  const { name } = parameter;
  const valid = validQueryValue(parameter, world);
  const bad = badQueryValue(parameter);
  const either = fc.oneof(valid, bad);
  // Mostly omitted or valid, so that on a route with seven parameters the one that is wrong is reached.
  return fc.oneof(
    { arbitrary: fc.constant<[string, string][]>([]), weight: 10 },
    { arbitrary: valid.map((value): [string, string][] => [[name, value]]), weight: 10 },
    { arbitrary: bad.map((value): [string, string][] => [[name, value]]), weight: 2 },
    // Repeated: express turns `?limit=1&limit=2` into an array where a string was expected.
    {
      arbitrary: fc.tuple(either, either).map(([first, second]): [string, string][] => [
        [name, first],
        [name, second],
      ]),
      weight: 1,
    },
    { arbitrary: valid.map((value): [string, string][] => [[`${name}[x]`, value]]), weight: 1 },
    { arbitrary: fc.constant<[string, string][]>([[name, '']]), weight: 1 },
  );
}

const EXTRA_QUERY = fc.oneof(
  { arbitrary: fc.constant<[string, string][]>([]), weight: 10 },
  { arbitrary: fc.tuple(urlString, urlString).map(([key, value]): [string, string][] => [[key || 'x', value]]), weight: 1 },
  {
    arbitrary: fc.constant<[string, string][]>([
      ['__proto__[polluted]', 'yes'],
      ['constructor[prototype][polluted]', 'yes'],
      ['__proto__', 'x'],
    ]),
    weight: 1,
  },
);

/** Raw junk appended to the query string: percent signs that decode to nothing, empty pairs. */
export const rawQueryJunk = sometimes(fc.constantFrom('%', '%zz', '%E0%A4%A', '&&&', '=', '==&=', 'limit', '%u0041', 'a=%00', 'cursor=%FF%FE'), 1, 10);

/** Declared parameters each omitted, valid, wrong, repeated or bracketed; sometimes an undeclared one. */
export function queryPairs(operation: RouteOperation, world: FuzzWorld): fc.Arbitrary<[string, string][]> {
  return fc.tuple(...operation.query.map((parameter) => queryParameter(parameter, world)), EXTRA_QUERY).map((groups) => groups.flat());
}

// ---------- headers ----------

const JUNK_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=iso-8859-1',
  'application/json; charset=nope',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/vnd.api+json',
  '*/*',
  'text/csv',
  'text/csv; charset=utf-16le',
  'application/octet-stream',
  '',
  ';;;',
  'application/json; boundary=x',
];
const headerString = urlString.map(headerSafe);

/** Extra or overriding headers: a wrong content type or encoding, junk in the headers the API reads, a large header. */
export function headerExtras(operation: RouteOperation): fc.Arbitrary<Record<string, string>> {
  const declared = operation.headers.map((parameter) =>
    sometimes(
      fc.oneof(
        fc.uuid().map((uuid) => `fuzz-${uuid}`),
        headerString,
        fc.constant('x'.repeat(201)),
      ),
      4,
    ).map((value) => [parameter.name, value] as const),
  );
  return fc
    .tuple(
      sometimes(fc.oneof(fc.constantFrom(...JUNK_CONTENT_TYPES), headerString)).map((value) => ['Content-Type', value] as const),
      sometimes(fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'identity', 'gzip, gzip')).map((value) => ['Content-Encoding', value] as const),
      sometimes(fc.oneof(fc.constantFrom('application/xml', 'text/csv', 'application/pdf', '*/*;q=0', 'x'), headerString)).map((value) => ['Accept', value] as const),
      // trust proxy is on for loopback: X-Forwarded-For decides the client address (and its login throttle).
      // Few distinct values: each is a client address with its own login throttle, so its own 20 argon2 checks.
      sometimes(fc.constantFrom('garbage, 999.999.999.999', '1.2.3.4, 5.6.7.8')).map((value) => ['X-Forwarded-For', value] as const),
      sometimes(fc.integer({ min: 1_000, max: 8_000 }).map((length) => 'p'.repeat(length))).map((value) => ['X-Fuzz-Padding', value] as const),
      sometimes(fc.constantFrom('bytes=0-1', 'bytes=-1', 'bytes=99999999-', 'bytes=x')).map((value) => ['Range', value] as const),
      ...declared,
    )
    .map((entries) => Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)));
}
