import fc from 'fast-check';
import { csvBody } from './csv-body';
import type { FuzzRequest } from './fuzz-client';
import { CALLERS, type Caller, type FuzzWorld } from './fuzz-world';
import { jsonBody } from './json-body';
import { malformedJsonValue } from './malformed-values';
import { toJsonText } from './json-text';
import { multipartBody, multipartBytes, multipartContentType, type MultipartBody } from './multipart-body';
import { headerExtras, headerSafe, pathValue, percentEncode, queryPairs, rawQueryJunk } from './request-parts';
import type { JsonSchema, RouteOperation } from './route-catalogue';
import { validExample, type FieldHints } from './valid-example';

export type GeneratedBody = { contentType: string; text: string } | { contentType: string; multipart: MultipartBody };

/** One fuzzed request, kept as readable parts so that fast-check's counterexample says what was sent. */
export interface GeneratedRequest {
  caller: Caller;
  /** Credentials sent instead of the caller's own: junk a client could present. */
  junkCredentials: { authorization: string } | { apiKey: string } | null;
  pathValues: string[];
  query: [string, string][];
  rawQuery: string | undefined;
  headers: Record<string, string>;
  body: GeneratedBody | null;
}

export interface FuzzContext {
  world: FuzzWorld;
  hints: FieldHints;
  junk: { authorization: string[]; apiKey: string[] };
  evidence: { evidenceType: string; controlIds: string[] };
}

/** Header and first row of a CSV route, from its OpenAPI example (a CSV string, or JSON `{items:[...]}` for the inventory). */
function csvShape(schema: JsonSchema): { header: string[]; row: string[] } {
  if (typeof schema.example === 'string') {
    const [header, row] = schema.example.split('\n').map((line) => line.split(','));
    return { header, row };
  }
  const [item] = (schema.example as { items: Record<string, unknown>[] }).items;
  return { header: Object.keys(item), row: Object.values(item).map(String) };
}

function bodyFor(operation: RouteOperation, context: FuzzContext): fc.Arbitrary<GeneratedBody | null> {
  const junkJson = malformedJsonValue.map((value): GeneratedBody => ({ contentType: 'application/json', text: toJsonText(value) }));
  if (!operation.body) return fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: junkJson, weight: 1 });
  const choices = Object.entries(operation.body).map(([mediaType, schema]): fc.Arbitrary<GeneratedBody> => {
    if (mediaType === 'multipart/form-data') return multipartBody(context.evidence).map((multipart) => ({ contentType: multipartContentType(multipart), multipart }));
    if (mediaType === 'text/csv') {
      const { header, row } = csvShape(schema);
      return csvBody(header, row).map((text) => ({ contentType: 'text/csv', text }));
    }
    // The policy pack is described only as an object: start from the active pack.
    const base = schema.properties ? validExample(schema, context.hints) : operation.path.endsWith('/policy/versions') ? context.world.policyPack : (schema.example ?? {});
    return jsonBody(base).map((text) => ({ contentType: mediaType, text }));
  });
  return fc.oneof({ arbitrary: fc.oneof(...choices), weight: 12 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: junkJson, weight: 1 });
}

export function generatedRequest(operation: RouteOperation, context: FuzzContext): fc.Arbitrary<GeneratedRequest> {
  return fc.record({
    caller: fc.constantFrom(...CALLERS),
    junkCredentials: fc.oneof(
      { arbitrary: fc.constant(null), weight: 12 },
      { arbitrary: fc.constantFrom(...context.junk.authorization).map((authorization) => ({ authorization })), weight: 1 },
      { arbitrary: fc.constantFrom(...context.junk.apiKey).map((apiKey) => ({ apiKey })), weight: 1 },
    ),
    pathValues: fc.tuple(...operation.pathParameters.map((name) => pathValue(operation, name, context.world))),
    query: queryPairs(operation, context.world),
    rawQuery: rawQueryJunk,
    headers: headerExtras(operation),
    body: bodyFor(operation, context),
  });
}

/** Where the request path stops growing: with the headers it must stay under Node's 16 KB header limit. */
const MAX_PATH_LENGTH = 7_000;

export function toFuzzRequest(operation: RouteOperation, generated: GeneratedRequest, world: FuzzWorld): FuzzRequest {
  let index = 0;
  let path = operation.path.replace(/\{[^}]+\}/g, () => generated.pathValues[index++]);
  const pairs = generated.query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`);
  if (generated.rawQuery !== undefined) pairs.push(generated.rawQuery);
  for (const [position, pair] of pairs.entries()) {
    if (path.length + pair.length + 1 > MAX_PATH_LENGTH) break;
    path += `${position === 0 ? '?' : '&'}${pair}`;
  }

  const credentials =
    generated.junkCredentials === null
      ? world.callers[generated.caller]
      : 'authorization' in generated.junkCredentials
        ? { Authorization: generated.junkCredentials.authorization }
        : { 'X-Api-Key': generated.junkCredentials.apiKey };
  const body = generated.body;
  const bytes = body === null ? undefined : 'multipart' in body ? multipartBytes(body.multipart) : Buffer.from(body.text, 'utf8');
  const headers: Record<string, string> = { ...credentials, ...(body ? { 'Content-Type': body.contentType } : {}), ...generated.headers };
  return {
    method: operation.method,
    path,
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, headerSafe(value)])),
    body: bytes,
  };
}
