import type { InventoryLine } from '@tiergate/policy';

/** What the export needs of an inventory: how many accelerators, how much compute. */
export interface InventoryTotals {
  totalAccelerators: number;
  h100Equivalents: number;
}

/** Distinct spellings remembered; past this the memo starts over, so hostile spellings cannot grow it. */
const MEMO_LIMIT = 10_000;

/**
 * Totals of many inventories, one after another, priced by the policy's classifier. The classifier's
 * summary also lists unknown and prohibited models, which an export of 100,000 facilities does not
 * need and would pay for on every row; H100-equivalents are linear in quantity, so the classifier is
 * asked once per spelling for the value of one unit and each inventory is a sum of products.
 */
export class InventoryPricer {
  // Vendor, then model: two lookups, but no key string built for each of 100,000 facilities' lines.
  private readonly unitH100 = new Map<string, Map<string, number>>();
  private remembered = 0;

  constructor(private readonly classifier: { summarise(lines: Iterable<InventoryLine>): { h100Equivalents: number } }) {}

  totals(lines: readonly InventoryLine[]): InventoryTotals {
    let totalAccelerators = 0;
    let h100Equivalents = 0;
    for (const line of lines) {
      totalAccelerators += line.quantity;
      h100Equivalents += line.quantity * this.unitValue(line.vendor, line.model);
    }
    return { totalAccelerators, h100Equivalents };
  }

  private unitValue(vendor: string, model: string): number {
    const known = this.unitH100.get(vendor)?.get(model);
    if (known !== undefined) return known;
    if (this.remembered >= MEMO_LIMIT) {
      this.unitH100.clear();
      this.remembered = 0;
    }
    const value = this.classifier.summarise([{ vendor, model, quantity: 1 }]).h100Equivalents;
    let models = this.unitH100.get(vendor);
    if (!models) {
      models = new Map();
      this.unitH100.set(vendor, models);
    }
    models.set(model, value);
    this.remembered += 1;
    return value;
  }
}
