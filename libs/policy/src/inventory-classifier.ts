import type { PolicyAccelerator, PolicyPack } from './policy-pack.schema';

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

/**
 * Compiles a pack's patterns once and classifies inventory lines against them: prohibited rules
 * first (a prohibited chip is never just "known"), then the catalog. Pure: no I/O.
 */
export class InventoryClassifier {
  private readonly prohibited: { id: string; reason: string; pattern: RegExp }[];
  private readonly catalog: { accelerator: PolicyAccelerator; patterns: RegExp[] }[];

  constructor(private readonly pack: Pick<PolicyPack, 'accelerators' | 'prohibitedHardware' | 'thresholds'>) {
    this.prohibited = pack.prohibitedHardware.map((rule) => ({ id: rule.id, reason: rule.reason, pattern: new RegExp(rule.pattern, 'i') }));
    this.catalog = pack.accelerators.map((accelerator) => ({ accelerator, patterns: accelerator.matches.map((m) => new RegExp(m, 'i')) }));
  }

  classify(vendor: string, model: string): LineClassification {
    const text = `${vendor} ${model}`;
    const rule = this.prohibited.find((candidate) => candidate.pattern.test(text));
    if (rule) return { kind: 'prohibited', ruleId: rule.id, reason: rule.reason };
    const entry = this.catalog.find((candidate) => candidate.patterns.some((pattern) => pattern.test(text)));
    return entry ? { kind: 'known', accelerator: entry.accelerator } : { kind: 'unknown' };
  }

  /** Unknown models are listed, never silently counted; prohibited ones are listed and still counted. */
  summarise(lines: Iterable<InventoryLine>): InventorySummary {
    const summary: InventorySummary = { totalAccelerators: 0, totalTpp: 0, h100Equivalents: 0, unknownModels: [], prohibited: [] };
    for (const line of lines) {
      summary.totalAccelerators += line.quantity;
      const result = this.classify(line.vendor, line.model);
      if (result.kind === 'unknown') {
        summary.unknownModels.push({ vendor: line.vendor, model: line.model, quantity: line.quantity });
        continue;
      }
      if (result.kind === 'prohibited') {
        summary.prohibited.push({ vendor: line.vendor, model: line.model, quantity: line.quantity, ruleId: result.ruleId, reason: result.reason });
        const priced = this.catalog.find((candidate) => candidate.patterns.some((pattern) => pattern.test(`${line.vendor} ${line.model}`)));
        if (priced) summary.totalTpp += priced.accelerator.tpp * line.quantity;
        continue;
      }
      summary.totalTpp += result.accelerator.tpp * line.quantity;
    }
    summary.h100Equivalents = summary.totalTpp / this.pack.thresholds.h100Tpp;
    return summary;
  }
}
