import { DEFAULT_MAX_INVENTORY_ERRORS, validateInventoryItem, type InventoryItem } from './inventory-line';

/** A JSON body mistake located by path, like `items[3].quantity` (indices from 0, as in the array). */
export interface InventoryJsonError {
  field: string;
  message: string;
}

export interface InventoryJsonOptions {
  maxLines: number;
  /** Errors collected before checking stops; default 100, as for CSV. */
  maxErrors?: number;
}

export type InventoryJsonResult = { items: InventoryItem[] } | { errors: InventoryJsonError[] };

/** Checks a `{ items: [...] }` body with the same rules as a CSV upload. Pure. */
export function readInventoryJson(body: unknown, options: InventoryJsonOptions): InventoryJsonResult {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_INVENTORY_ERRORS;
  if (!isPlainObject(body)) return { errors: [{ field: 'body', message: 'must be an object like { "items": [...] }' }] };
  const errors: InventoryJsonError[] = Object.keys(body)
    .filter((key) => key !== 'items')
    .map((key) => ({ field: key, message: 'is not allowed: the body holds only items' }));
  const lines = body['items'];
  if (lines === undefined) errors.push({ field: 'items', message: 'is required' });
  else if (!Array.isArray(lines)) errors.push({ field: 'items', message: 'must be an array' });
  if (errors.length > 0 || !Array.isArray(lines)) return { errors: errors.slice(0, maxErrors) };
  if (lines.length > options.maxLines) {
    return { errors: [{ field: 'items', message: `has ${lines.length.toLocaleString('en-US')} lines; the most one upload may hold is ${options.maxLines.toLocaleString('en-US')}` }] };
  }

  const items: InventoryItem[] = [];
  for (let index = 0; index < lines.length && errors.length < maxErrors; index += 1) {
    const line: unknown = lines[index];
    if (!isPlainObject(line)) {
      errors.push({ field: `items[${index}]`, message: 'must be an object' });
      continue;
    }
    const result = validateInventoryItem(line);
    if ('errors' in result) for (const error of result.errors) errors.push({ field: `items[${index}].${error.field}`, message: error.message });
    else items.push(result.item);
  }
  return errors.length > 0 ? { errors: errors.slice(0, maxErrors) } : { items };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
