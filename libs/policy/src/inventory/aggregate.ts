import type { InventoryItem } from './inventory-line';

export interface ModelTotal {
  vendor: string;
  model: string;
  quantity: number;
}

/**
 * The identity of a model across inventories: operators retype "nvidia  h100" one quarter and
 * "NVIDIA H100" the next, and that must not read as one model vanishing and another appearing.
 */
export function modelKey(vendor: string, model: string): string {
  return `${normalise(vendor)}\u0000${normalise(model)}`;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Per-model totals in first-seen order, keeping the first spelling; memory grows with models, not lines. */
export function aggregateByModel(items: Iterable<Pick<InventoryItem, 'vendor' | 'model' | 'quantity'>>): ModelTotal[] {
  const totals = new Map<string, ModelTotal>();
  for (const item of items) {
    const key = modelKey(item.vendor, item.model);
    const total = totals.get(key);
    if (total) total.quantity += item.quantity;
    else totals.set(key, { vendor: item.vendor, model: item.model, quantity: item.quantity });
  }
  return [...totals.values()];
}
