import { ISO_COUNTRY_CODES } from '../reference/countries';

/** Why a model's count went down since the previous inventory: without one, a decrease is unexplained. */
export const DECREASE_REASONS = ['decommissioned', 'transferred', 'returned'] as const;
export type DecreaseReason = (typeof DECREASE_REASONS)[number];

/** One validated inventory line, whether it came from a JSON body or a CSV row. */
export interface InventoryItem {
  vendor: string;
  model: string;
  quantity: number;
  serials?: string[];
  reason?: DecreaseReason;
  /** ISO 3166-1 alpha-2 code of the country the accelerators went to (reason `transferred`). */
  destinationCountry?: string;
  /** The registered facility the accelerators went to (reason `transferred`). */
  destinationDatacenterId?: string;
}

/** A mistake in one field; `field` is the CSV column or JSON property name, so readers can locate it. */
export interface InventoryFieldError {
  field: string;
  message: string;
}

export type InventoryItemValidation = { item: InventoryItem } | { errors: InventoryFieldError[] };

export const INVENTORY_FIELDS = ['vendor', 'model', 'quantity', 'serials', 'reason', 'destinationCountry', 'destinationDatacenterId'] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];
export const REQUIRED_INVENTORY_FIELDS: readonly InventoryField[] = ['vendor', 'model', 'quantity'];

export const MAX_NAME_LENGTH = 200;
export const MAX_SERIAL_LENGTH = 200;
export const MAX_QUANTITY = 10_000_000;
/** Errors a reader collects before it stops: enough to fix a file in one go, bounded for a garbage upload. */
export const DEFAULT_MAX_INVENTORY_ERRORS = 100;

const KNOWN_FIELDS: ReadonlySet<string> = new Set(INVENTORY_FIELDS);
const REASONS: ReadonlySet<string> = new Set(DECREASE_REASONS);
const DIGITS = /^\d+$/;
const SIGNED_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALPHA_2 = /^[A-Z]{2}$/;
const QUANTITY_RANGE = `from 0 to ${MAX_QUANTITY.toLocaleString('en-US')}`;

/**
 * The single rule book for an inventory line: JSON bodies and CSV rows both end up here, so the two
 * formats cannot drift apart. Reports every mistake of the line, not only the first. Pure.
 */
export function validateInventoryItem(raw: Record<string, unknown>): InventoryItemValidation {
  const errors: InventoryFieldError[] = [];
  const fail = (field: string, message: string): undefined => {
    errors.push({ field, message });
    return undefined;
  };

  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(key)) fail(key, `is not an inventory field (expected ${INVENTORY_FIELDS.join(', ')})`);
  }

  const vendor = name(raw['vendor'], 'vendor', fail);
  const model = name(raw['model'], 'model', fail);
  const quantity = wholeQuantity(raw['quantity'], fail);
  const serials = serialList(raw['serials'], fail);
  const reason = decreaseReason(raw['reason'], fail);
  const destinationCountry = countryCode(raw['destinationCountry'], fail);
  const destinationDatacenterId = datacenterId(raw['destinationDatacenterId'], fail);

  // Judged on what was given rather than what was valid, so a malformed destination is not also reported
  // as missing; skipped when the reason itself is wrong, since its intent is then unknown.
  const reasonUnderstood = reason !== undefined || !isPresent(raw['reason']);
  const givenCountry = isPresent(raw['destinationCountry']);
  const givenDatacenter = isPresent(raw['destinationDatacenterId']);
  if (reason === 'transferred') {
    if (!givenCountry && !givenDatacenter) fail('destinationCountry', 'a transfer needs destinationCountry or destinationDatacenterId');
    if (givenCountry && givenDatacenter) fail('destinationDatacenterId', 'give destinationCountry or destinationDatacenterId, not both');
  } else if (reasonUnderstood) {
    if (givenCountry) fail('destinationCountry', 'is only allowed when reason is transferred');
    if (givenDatacenter) fail('destinationDatacenterId', 'is only allowed when reason is transferred');
  }

  if (errors.length > 0 || vendor === undefined || model === undefined || quantity === undefined) return { errors };
  const item: InventoryItem = { vendor, model, quantity };
  if (serials !== undefined) item.serials = serials;
  if (reason !== undefined) item.reason = reason;
  if (destinationCountry !== undefined) item.destinationCountry = destinationCountry;
  if (destinationDatacenterId !== undefined) item.destinationDatacenterId = destinationDatacenterId;
  return { item };
}

type Fail = (field: string, message: string) => undefined;

/** JSON clients often send null for "not given"; CSV readers leave empty optional cells out. */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function name(value: unknown, field: string, fail: Fail): string | undefined {
  if (!isPresent(value)) return fail(field, 'is required');
  if (typeof value !== 'string') return fail(field, 'must be a string');
  const trimmed = value.trim();
  if (trimmed === '') return fail(field, 'must not be empty');
  if (trimmed.length > MAX_NAME_LENGTH) return fail(field, `must be at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

/** Numbers, or digit strings from CSV; the message says what was wrong so a spreadsheet user can fix it. */
function wholeQuantity(value: unknown, fail: Fail): number | undefined {
  const range = QUANTITY_RANGE;
  if (!isPresent(value)) return fail('quantity', 'is required');
  let parsed: number;
  if (typeof value === 'number') {
    parsed = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return fail('quantity', `must not be empty: give a whole number ${range}`);
    if (!SIGNED_DECIMAL.test(text)) return fail('quantity', `must be a whole number ${range}, got ${quoted(text)}`);
    parsed = Number(text);
    if (DIGITS.test(text) && parsed <= MAX_QUANTITY) return parsed;
  } else {
    return fail('quantity', `must be a whole number ${range}`);
  }
  if (!Number.isInteger(parsed)) return fail('quantity', `must be a whole number ${range}, got ${quoted(String(value).trim())}`);
  if (parsed < 0 || parsed > MAX_QUANTITY) return fail('quantity', `must be ${range}, got ${quoted(String(value).trim())}`);
  return parsed;
}

function serialList(value: unknown, fail: Fail): string[] | undefined {
  if (!isPresent(value)) return undefined;
  if (!Array.isArray(value)) return fail('serials', 'must be a list of serial numbers');
  const serials: string[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, index) => {
    const text = typeof entry === 'string' ? entry.trim() : undefined;
    if (text === undefined) problems.push(`entry ${index + 1} is not a string`);
    else if (text === '') problems.push(`entry ${index + 1} is empty`);
    else if (text.length > MAX_SERIAL_LENGTH) problems.push(`entry ${index + 1} is longer than ${MAX_SERIAL_LENGTH} characters`);
    else serials.push(text);
  });
  // One error for the field, listing a few entries: a bad 10,000-serial cell should not drown the report.
  if (problems.length > 0) return fail('serials', `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`);
  return serials;
}

function decreaseReason(value: unknown, fail: Fail): DecreaseReason | undefined {
  if (!isPresent(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text !== undefined && REASONS.has(text)) return text as DecreaseReason;
  return fail('reason', `must be one of ${DECREASE_REASONS.join(', ')}${typeof value === 'string' ? `, got ${quoted(value)}` : ''}`);
}

function countryCode(value: unknown, fail: Fail): string | undefined {
  if (!isPresent(value)) return undefined;
  const code = typeof value === 'string' ? value.trim() : '';
  if (!ALPHA_2.test(code)) return fail('destinationCountry', 'must be an ISO 3166-1 alpha-2 code in capitals, like DE');
  if (!ISO_COUNTRY_CODES.has(code)) return fail('destinationCountry', `${code} is not an ISO 3166-1 country code`);
  return code;
}

function datacenterId(value: unknown, fail: Fail): string | undefined {
  if (!isPresent(value)) return undefined;
  const id = typeof value === 'string' ? value.trim() : '';
  if (!UUID.test(id)) return fail('destinationDatacenterId', 'must be a datacenter id (a UUID)');
  // Lower case, as PostgreSQL prints uuids, so diffs and lookups compare equal.
  return id.toLowerCase();
}

/** Echoes a bad value back without letting a huge cell flood the error report. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
