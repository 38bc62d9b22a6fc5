import type { PolicyAccelerator, PolicyPack } from './policy-pack.schema';
import { modelKey } from './inventory/aggregate';
import { foldSpelling } from './inventory/fold-spelling';
import { compilePackPattern, compilePatternUnion, type PackPattern } from './pack-pattern';

export interface InventoryLine {
  vendor: string;
  model: string;
  quantity: number;
}

export type LineClassification = { kind: 'prohibited'; ruleId: string; reason: string } | { kind: 'known'; accelerator: PolicyAccelerator } | { kind: 'unknown' };

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

type ClassifiedPack = Pick<PolicyPack, 'accelerators' | 'prohibitedHardware' | 'thresholds'>;

interface CompiledRule {
  id: string;
  reason: string;
  pattern: PackPattern;
}

interface CompiledEntry {
  accelerator: PolicyAccelerator;
  patterns: PackPattern[];
  /** The prohibited rule the catalog's own name for this model falls under: its family, whoever sells it. */
  family: CompiledRule | undefined;
}

interface CompiledPatterns {
  prohibited: CompiledRule[];
  catalog: CompiledEntry[];
  /** Every prohibited pattern in one: most lines match none, and one pass says so. */
  anyProhibited: PackPattern | undefined;
  /** Every catalog pattern in one, for the lines no catalog model matches. */
  anyCatalog: PackPattern | undefined;
}

/**
 * Compiled patterns per pack object. Versions are immutable and their parsed packs cached, but
 * callers build a classifier per attestation from the same pack; this keeps it one compile per pack.
 */
const compiledByPack = new WeakMap<ClassifiedPack, CompiledPatterns>();

function compiledPatterns(pack: ClassifiedPack): CompiledPatterns {
  const cached = compiledByPack.get(pack);
  if (cached) return cached;
  const prohibited = pack.prohibitedHardware.map((rule) => ({ id: rule.id, reason: rule.reason, pattern: compilePackPattern(rule.pattern) }));
  const catalog = pack.accelerators.map((accelerator) => ({
    accelerator,
    patterns: accelerator.matches.map(compilePackPattern),
    family: prohibited.find((rule) => matchesSpelling(rule.pattern, spellingsOf(`${accelerator.vendor} ${accelerator.model}`))),
  }));
  const compiled = {
    prohibited,
    catalog,
    anyProhibited: compilePatternUnion(prohibited.map((rule) => rule.pattern)),
    anyCatalog: compilePatternUnion(catalog.flatMap((entry) => entry.patterns)),
  };
  compiledByPack.set(pack, compiled);
  return compiled;
}

/** The text as written and, when it differs, as folded: a pattern may rely on either. */
function spellingsOf(text: string): string[] {
  const folded = foldSpelling(text);
  return folded === text ? [text] : [text, folded];
}

function matchesSpelling(pattern: PackPattern, spellings: string[]): boolean {
  return spellings.some((spelling) => pattern.test(spelling));
}

/**
 * Compiles a pack's patterns (RE2: linear-time whatever the pack says) once and classifies
 * inventory lines against them. A line is prohibited when a prohibited rule matches its "vendor
 * model" text, or when it matches a catalog model whose catalog name a prohibited rule matches:
 * the catalog says which vendor a model belongs to, so "Generic 910B" is a Huawei Ascend 910B
 * whatever vendor string it carries. Otherwise the first catalog model it matches prices it. Pure:
 * no I/O. Results are memoised per exact spelling because real inventories repeat a few dozen
 * spellings across 100k lines.
 */
export class InventoryClassifier {
  private readonly patterns: CompiledPatterns;
  private readonly memo = new Map<string, Resolution>();

  constructor(private readonly pack: ClassifiedPack) {
    this.patterns = compiledPatterns(pack);
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
    const spellings = spellingsOf(text);
    const { prohibited, catalog, anyProhibited, anyCatalog } = this.patterns;
    const mayMatch = (union: PackPattern | undefined) => union === undefined || matchesSpelling(union, spellings);
    const rule = mayMatch(anyProhibited) ? prohibited.find((candidate) => matchesSpelling(candidate.pattern, spellings)) : undefined;
    let priced: CompiledEntry | undefined;
    let family: CompiledEntry | undefined;
    if (mayMatch(anyCatalog)) {
      for (const entry of catalog) {
        if (priced && (rule || family)) break;
        // Past the first (pricing) match only a prohibited family matters: "H100 + 910B" on one line is still a 910B.
        if (priced && !entry.family) continue;
        if (!entry.patterns.some((pattern) => matchesSpelling(pattern, spellings))) continue;
        priced ??= entry;
        if (!rule && entry.family) family = entry;
      }
    }
    const tpp = priced?.accelerator.tpp;
    // Frozen because the same object now answers every caller that asks about this spelling.
    if (rule) return { classification: Object.freeze({ kind: 'prohibited', ruleId: rule.id, reason: rule.reason }), tpp };
    if (family?.family) {
      const { accelerator, family: familyRule } = family;
      const reason = `${familyRule.reason} (the catalog lists this model as ${accelerator.vendor} ${accelerator.model})`;
      return { classification: Object.freeze({ kind: 'prohibited', ruleId: familyRule.id, reason }), tpp };
    }
    if (priced) return { classification: Object.freeze({ kind: 'known', accelerator: priced.accelerator }), tpp };
    return { classification: Object.freeze({ kind: 'unknown' }), tpp: undefined };
  }
}
