/**
 * A piece of JSON text written as is, for what JSON.stringify cannot produce: numbers beyond a
 * double (`1e400`), nesting thousands deep, duplicate keys.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may contain RawJson pieces. Own `__proto__` keys are written like any other key. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An own property named like a prototype key: `{"__proto__": ...}` as JSON.parse would create it. */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}
