import { modelKey, type ModelTotal } from './aggregate';
import type { DecreaseReason, InventoryItem } from './inventory-line';

/** How one model's count moved between two inventories, with the operator's explanation if any. */
export interface InventoryChange {
  vendor: string;
  model: string;
  before: number;
  after: number;
  delta: number;
  reason?: DecreaseReason;
  destinationCountry?: string;
  destinationDatacenterId?: string;
}

export type InventoryTransfer = InventoryChange & { reason: 'transferred' };

interface NextModel {
  vendor: string;
  model: string;
  quantity: number;
  /** The first line of the model that gives a reason: the operator's explanation for the whole model. */
  explained?: InventoryItem;
}

/**
 * Per-model changes from `previous` (stored totals) to `next` (the submitted lines), in the order the
 * models first appear (previous first, then new ones). Models compare case- and spacing-insensitively,
 * as `aggregateByModel` groups them; unchanged models are left out. Pure.
 */
export function diffInventories(previous: Iterable<ModelTotal>, next: Iterable<InventoryItem>): InventoryChange[] {
  const before = new Map<string, ModelTotal>();
  for (const total of previous) {
    const key = modelKey(total.vendor, total.model);
    const seen = before.get(key);
    if (seen) seen.quantity += total.quantity;
    else before.set(key, { vendor: total.vendor, model: total.model, quantity: total.quantity });
  }

  const after = new Map<string, NextModel>();
  for (const item of next) {
    const key = modelKey(item.vendor, item.model);
    const seen = after.get(key);
    if (seen) {
      seen.quantity += item.quantity;
      if (!seen.explained && item.reason) seen.explained = item;
    } else {
      after.set(key, { vendor: item.vendor, model: item.model, quantity: item.quantity, explained: item.reason ? item : undefined });
    }
  }

  const changes: InventoryChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const now = after.get(key);
    const beforeQuantity = was?.quantity ?? 0;
    const afterQuantity = now?.quantity ?? 0;
    if (beforeQuantity === afterQuantity) continue;
    // The current spelling wins: it is what the operator sees in the inventory they just sent.
    const spelling = now ?? was!;
    const change: InventoryChange = { vendor: spelling.vendor, model: spelling.model, before: beforeQuantity, after: afterQuantity, delta: afterQuantity - beforeQuantity };
    const explained = now?.explained;
    if (explained?.reason) change.reason = explained.reason;
    if (explained?.destinationCountry) change.destinationCountry = explained.destinationCountry;
    if (explained?.destinationDatacenterId) change.destinationDatacenterId = explained.destinationDatacenterId;
    changes.push(change);
  }
  return changes;
}

/** Decreases the operator gave no reason for: accelerators that left without an explanation. */
export function unexplainedDecreases(changes: Iterable<InventoryChange>): InventoryChange[] {
  return [...changes].filter((change) => change.delta < 0 && !change.reason);
}

/**
 * Decreases explained as transfers, optionally only those to one country or facility: what a
 * regulator follows to check the accelerators arrived where the operator says they went.
 */
export function transfersTo(changes: Iterable<InventoryChange>, destination?: { country?: string; datacenterId?: string }): InventoryTransfer[] {
  return [...changes].filter(
    (change): change is InventoryTransfer =>
      change.delta < 0 &&
      change.reason === 'transferred' &&
      (destination?.country === undefined || change.destinationCountry === destination.country) &&
      (destination?.datacenterId === undefined || change.destinationDatacenterId === destination.datacenterId.toLowerCase()),
  );
}
