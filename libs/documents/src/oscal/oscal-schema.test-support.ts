import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** NIST's schema, kept with its source note in the repository's test fixtures. */
export const OSCAL_SCHEMA_PATH = join(__dirname, '../../../../test/fixtures/oscal/oscal_assessment-results_schema.json');

/**
 * A validator for NIST's OSCAL 1.0.6 assessment-results JSON schema, as NIST's own tooling reads
 * it: ajv 8 with formats, non-strict because the schema uses keywords ajv's strict mode refuses.
 * Answers the problems found, or none.
 */
export function oscalSchemaValidator(): (document: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(OSCAL_SCHEMA_PATH, 'utf8')) as object);
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`));
}
