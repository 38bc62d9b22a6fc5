/** The subset of JSON Schema that @nestjs/swagger emits for Tiergate's DTOs, with every $ref resolved. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface RouteOperation {
  method: string;
  /** The OpenAPI template, e.g. `/api/v1/attestations/{id}/evidence`. */
  path: string;
  pathParameters: string[];
  query: Parameter[];
  headers: Parameter[];
  /** Media type → schema, for operations that declare a body. */
  body: Record<string, JsonSchema> | null;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

function resolve(schema: JsonSchema | undefined, components: Record<string, JsonSchema>): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) return resolve(components[schema.$ref.replace('#/components/schemas/', '')], components);
  return {
    ...schema,
    ...(schema.properties ? { properties: Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, resolve(property, components)])) } : {}),
    ...(schema.items ? { items: resolve(schema.items, components) } : {}),
  };
}

/** Every operation the app's own OpenAPI document (GET /docs-json) describes: the fuzzer's list of routes. */
export function routeCatalogue(document: OpenApiDocument): RouteOperation[] {
  const components = document.components?.schemas ?? {};
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const of = (location: OpenApiParameter['in']) =>
        parameters
          .filter((parameter) => parameter.in === location)
          .map((parameter) => ({ name: parameter.name, required: parameter.required ?? false, schema: resolve(parameter.schema, components) }));
      const content = operation.requestBody?.content;
      return {
        method: method.toUpperCase(),
        path,
        pathParameters: of('path').map((parameter) => parameter.name),
        query: of('query'),
        headers: of('header'),
        body: content ? Object.fromEntries(Object.entries(content).map(([mediaType, { schema }]) => [mediaType, resolve(schema, components)])) : null,
      };
    }),
  );
}
