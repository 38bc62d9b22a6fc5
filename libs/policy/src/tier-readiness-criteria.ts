import { z } from 'zod';

/**
 * What a Tier 2 country must show to be judged ready for Tier 1. Policy, so regulators change it
 * by publishing a version: the pack field is `tierReadiness` (this schema, every field optional
 * with the defaults below, like `findingSeverities`).
 */
export const tierReadinessCriteriaSchema = z.object({
  /** Share (0..1) of the country's registered facilities that must be compliant. */
  minShareCompliant: z.number().min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1'),
  /** Open blocker findings the country's facilities may have between them. */
  maxOpenBlockers: z.number().int().min(0),
  /** Inventory decreases without a stated reason (decommissioned, transferred, returned) the country may have. */
  maxUnexplainedDecreases: z.number().int().min(0),
  /** Whether an intergovernmental agreement must be in force (the country's `igaInForce`). */
  requireIga: z.boolean(),
});

export type TierReadinessCriteria = z.infer<typeof tierReadinessCriteriaSchema>;

/**
 * Used when the active pack names no criteria. Deliberately strict: nine in ten facilities
 * compliant, nothing disqualifying open, no accelerators unaccounted for, and an agreement in force.
 */
export const DEFAULT_TIER_READINESS_CRITERIA: Readonly<TierReadinessCriteria> = Object.freeze({
  minShareCompliant: 0.9,
  maxOpenBlockers: 0,
  maxUnexplainedDecreases: 0,
  requireIga: true,
});

export interface ResolvedTierReadinessCriteria {
  criteria: TierReadinessCriteria;
  /** `policy` when the pack defines them (any field it leaves out takes the default). */
  source: 'policy' | 'default';
}

/**
 * The criteria of a pack: its `tierReadiness` when present, else the defaults. Read loosely from
 * the pack object because the field is optional and older packs (or a schema that does not yet
 * declare it) simply lack it; a malformed value is an error, never silently replaced.
 */
export function tierReadinessCriteriaOf(pack: object): ResolvedTierReadinessCriteria {
  const declared = (pack as { tierReadiness?: unknown }).tierReadiness;
  if (declared === undefined || declared === null) return { criteria: { ...DEFAULT_TIER_READINESS_CRITERIA }, source: 'default' };
  const parsed = tierReadinessCriteriaSchema.partial().safeParse(declared);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'tierReadiness'}: ${issue.message}`).join('; ');
    throw new Error(`the policy's tierReadiness criteria are invalid — ${problems}`);
  }
  return { criteria: { ...DEFAULT_TIER_READINESS_CRITERIA, ...stripUndefined(parsed.data) }, source: 'policy' };
}

function stripUndefined(partial: Partial<TierReadinessCriteria>): Partial<TierReadinessCriteria> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<TierReadinessCriteria>;
}
