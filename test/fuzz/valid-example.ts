import type { JsonSchema } from './route-catalogue';

/** Valid values for fields whose schema alone does not say what the API accepts (a real id, a key, a known control). */
export type FieldHints = Record<string, unknown>;

/**
 * A body the schema describes, with every optional field filled in: the starting point that
 * mutations make malformed one field at a time, so that the fuzzer gets past the first check and
 * reaches the validators and services behind it.
 */
export function validExample(schema: JsonSchema, hints: FieldHints, fieldName?: string): unknown {
  if (fieldName !== undefined && fieldName in hints) return structuredClone(hints[fieldName]);
  if (schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, validExample(property, hints, name)]));
  }
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (schema.type === 'array') return [validExample(schema.items ?? {}, hints)];
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time' ? new Date(Date.now() + 365 * 86_400_000).toISOString() : 'fuzz '.repeat(Math.max(1, Math.ceil((schema.minLength ?? 1) / 5)));
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    default:
      return {};
  }
}
