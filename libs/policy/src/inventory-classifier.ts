import type { PolicyAccelerator, PolicyPack } from './policy-pack.schema';
import { modelKey } from './inventory/aggregate';

export interface InventoryLine {
  vendor: string;
  model: string;
  quantity: number;
}

export type LineClassification =
  | { kind: 'prohibited'; ruleId: string; reason: string }
  | { kind: 'known'; accelerator: PolicyAccelerator }
  | { kind: 'unknown' };

export interface InventorySummary {
  totalAccelerators: number;
  totalTpp: number;
  h100Equivalents: number;
  unknownModels: { vendor: string; model: string; quantity: number }[];
  prohibited: { vendor: string; model: string; quantity: number; ruleId: string; reason: string }[];
}

/** Distinct spellings remembered per classifier; past this the memo starts over, so hostile input cannot grow it. */
const MEMO_LIMIT = 10_000;

interface Resolution {
  classification: LineClassification;
  /** TPP counted for the line: a prohibited chip the catalog prices still counts towards the totals. */
  tpp: number | undefined;
}

/**
 * Compiles a pack's patterns once and classifies inventory lines against them: prohibited rules
 * first (a prohibited chip is never just "known"), then the catalog. Pure: no I/O. Results are
 * memoised per exact spelling because real inventories repeat a few dozen spellings across 100k lines.
 */
export class InventoryClassifier {
  private readonly prohibited: { id: string; reason: string; pattern: RegExp }[];
  private readonly catalog: { accelerator: PolicyAccelerator; patterns: RegExp[] }[];
  private readonly memo = new Map<string, Resolution>();

  constructor(private readonly pack: Pick<PolicyPack, 'accelerators' | 'prohibitedHardware' | 'thresholds'>) {
    this.prohibited = pack.prohibitedHardware.map((rule) => ({ id: rule.id, reason: rule.reason, pattern: new RegExp(rule.pattern, 'i') }));
    this.catalog = pack.accelerators.map((accelerator) => ({ accelerator, patterns: accelerator.matches.map((m) => new RegExp(m, 'i')) }));
  }

  classify(vendor: string, model: string): LineClassification {
    return this.resolve(vendor, model).classification;
  }

  /**
   * Unknown models are listed, never silently counted; prohibited ones are listed and still counted.
   * Both lists hold one entry per distinct model (case and spacing ignored, first spelling kept) with
   * quantities summed, so the summary stays small however many lines repeat a model.
   */
  summarise(lines: Iterable<InventoryLine>): InventorySummary {
    let totalAccelerators = 0;
    let totalTpp = 0;
    const unknown = new Map<string, InventorySummary['unknownModels'][number]>();
    const prohibited = new Map<string, InventorySummary['prohibited'][number]>();
    for (const line of lines) {
      totalAccelerators += line.quantity;
      const { classification, tpp } = this.resolve(line.vendor, line.model);
      if (tpp !== undefined) totalTpp += tpp * line.quantity;
      if (classification.kind === 'unknown') {
        const key = modelKey(line.vendor, line.model);
        const entry = unknown.get(key);
        if (entry) entry.quantity += line.quantity;
        else unknown.set(key, { vendor: line.vendor, model: line.model, quantity: line.quantity });
      } else if (classification.kind === 'prohibited') {
        // The rule is part of the key: spellings that fold together could still match different rules.
        const key = `${modelKey(line.vendor, line.model)}\u0000${classification.ruleId}`;
        const entry = prohibited.get(key);
        if (entry) entry.quantity += line.quantity;
        else prohibited.set(key, { vendor: line.vendor, model: line.model, quantity: line.quantity, ruleId: classification.ruleId, reason: classification.reason });
      }
    }
    return {
      totalAccelerators,
      totalTpp,
      h100Equivalents: totalTpp / this.pack.thresholds.h100Tpp,
      unknownModels: [...unknown.values()],
      prohibited: [...prohibited.values()],
    };
  }

  private resolve(vendor: string, model: string): Resolution {
    // Exact spelling, not modelKey: the pack's patterns may care about spacing, so only identical text may share a result.
    const key = `${vendor}\u0000${model}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const resolution = this.match(`${vendor} ${model}`);
    this.memo.set(key, resolution);
    return resolution;
  }

  private match(text: string): Resolution {
    const priced = this.catalog.find((candidate) => candidate.patterns.some((pattern) => pattern.test(text)));
    const rule = this.prohibited.find((candidate) => candidate.pattern.test(text));
    // Frozen because the same object now answers every caller that asks about this spelling.
    if (rule) return { classification: Object.freeze({ kind: 'prohibited', ruleId: rule.id, reason: rule.reason }), tpp: priced?.accelerator.tpp };
    if (priced) return { classification: Object.freeze({ kind: 'known', accelerator: priced.accelerator }), tpp: priced.accelerator.tpp };
    return { classification: Object.freeze({ kind: 'unknown' }), tpp: undefined };
  }
}
