import fc from 'fast-check';
import { RawJson, toJsonText, withOwnKey } from './json-text';
import { malformedJsonValue, malformedString } from './malformed-values';

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'addKey'; path: Path; key: string; value: unknown }
  | { kind: 'wrapInArray'; path: Path }
  | { kind: 'asString'; path: Path };

const isContainer = (value: unknown): value is Container => value !== null && typeof value === 'object' && !(value instanceof RawJson);

/** Every field and item of a body, at any depth. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string, unknown>)[key as string], [...prefix, key])]);
}

/** A deep copy that keeps RawJson pieces and own `__proto__` keys (structuredClone keeps neither). */
function copy(value: unknown): unknown {
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) return value.map(copy);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) withOwnKey(result, key, copy(value[key]));
  return result;
}

function containerAt(root: unknown, path: Path): Container | null {
  let current: unknown = root;
  for (const key of path) {
    if (!isContainer(current)) return null;
    current = (current as Record<string, unknown>)[key as string];
  }
  return isContainer(current) ? current : null;
}

function apply(root: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0) {
    if (mutation.kind === 'replace') return copy(mutation.value);
    if (mutation.kind === 'wrapInArray') return [root];
    if (mutation.kind === 'addKey' && isContainer(root) && !Array.isArray(root)) withOwnKey(root, mutation.key, copy(mutation.value));
    return root;
  }
  const parent = containerAt(root, mutation.path.slice(0, -1));
  const key = mutation.path[mutation.path.length - 1];
  if (!parent) return root;
  const slot = parent as Record<string, unknown>;
  const current = slot[key as string];
  switch (mutation.kind) {
    case 'replace':
      withOwnKey(slot, String(key), copy(mutation.value));
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete slot[key as string];
      break;
    case 'addKey': {
      const target = containerAt(root, mutation.path);
      if (target && !Array.isArray(target)) withOwnKey(target, mutation.key, copy(mutation.value));
      break;
    }
    case 'wrapInArray':
      slot[key as string] = [current];
      break;
    case 'asString':
      slot[key as string] = isContainer(current) ? toJsonText(current) : String(current);
      break;
  }
  return root;
}

const suspiciousKeys = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'role', 'isAdmin', 'organizationId', 'status', 'createdAt', ''),
  malformedString.map((key) => key.slice(0, 60)),
);

function mutationOf(base: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(base);
  const containers: Path[] = [[], ...paths.filter((path) => isContainer(containerAt(base, path)))];
  const anyPath = paths.length > 0 ? fc.constantFrom(...paths) : fc.constant<Path>([]);
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), path: anyPath, value: malformedJsonValue }), weight: 8 },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), path: anyPath }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('addKey' as const), path: fc.constantFrom(...containers), key: suspiciousKeys, value: malformedJsonValue }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('wrapInArray' as const), path: anyPath }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('asString' as const), path: anyPath }), weight: 1 },
  );
}

const BROKEN_JSON = [
  '',
  '{',
  '}',
  '[',
  'nul',
  'NaN',
  'undefined',
  "{'a':1}",
  '{"a":1,}',
  '{"a" 1}',
  '\u0000',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '"\\x41"',
  '{"a":01}',
  '[1,]',
  '{"a":1}{"b":2}',
  '1',
  '"text"',
  'null',
];

/** JSON text for a route that takes `base` (a valid body): mostly one to three fields made wrong, sometimes broken or oversized text. */
export function jsonBody(base: unknown): fc.Arbitrary<string> {
  const validText = toJsonText(base);
  const firstKey = isContainer(base) && !Array.isArray(base) ? Object.keys(base)[0] : undefined;
  return fc.oneof(
    { arbitrary: fc.array(mutationOf(base), { minLength: 1, maxLength: 3 }).map((mutations) => toJsonText(mutations.reduce(apply, copy(base)))), weight: 36 },
    { arbitrary: fc.constant(validText), weight: 6 },
    { arbitrary: malformedJsonValue.map(toJsonText), weight: 6 },
    { arbitrary: fc.constantFrom(...BROKEN_JSON), weight: 3 },
    { arbitrary: fc.nat({ max: Math.max(0, validText.length - 1) }).map((length) => validText.slice(0, length)), weight: 3 },
    { arbitrary: malformedString.map((garbage) => `${validText}${garbage.slice(0, 100)}`), weight: 3 },
    { arbitrary: fc.constant(`\ufeff${validText}`), weight: 3 },
    // Duplicate keys: JSON.parse keeps the last one, a validator that saw the first would be fooled.
    ...(firstKey ? [{ arbitrary: malformedJsonValue.map((value) => `{${JSON.stringify(firstKey)}:${toJsonText(value)},${validText.slice(1)}`), weight: 3 }] : []),
    // Over the 1 MB body limit (documents may be 32 MB: those get a huge field instead); rare, it is a megabyte each.
    { arbitrary: fc.constant(`{"padding":"${'x'.repeat(1_100_000)}"}`), weight: 1 },
  );
}
