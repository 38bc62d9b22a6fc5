import type { PolicyPack, Tier } from '../policy-pack.schema';
import type { FindingSeverity } from '../reference/finding-severities';

export interface RiskFacts {
  tier: Tier;
  h100Equivalents: number;
  /** Open findings only: remediated and closed ones no longer make a facility riskier. */
  findings: readonly { severity: FindingSeverity }[];
}

/**
 * Points behind `reviewPriority`; the three parts add up to at most 100. These order the auditors'
 * queue, an operational matter, so they live here rather than in the policy pack: the regulator's
 * say in it flows through the finding severities the pack sets.
 *
 * - tier: where the facility is (Tier 3 is refused anyway, but if one reaches review it goes first);
 * - size: log10(1 + H100-equivalents) scaled so 1,000,000 H100-equivalents (a frontier campus) earns
 *   the full share; log scale because the tenth thousand chips matter less than the first;
 * - findings: per open finding by severity, capped so a pile of minor findings cannot outrank a
 *   single blocker at a large Tier 2 site.
 */
export const REVIEW_PRIORITY_WEIGHTS = {
  tier: { 1: 0, 2: 15, 3: 30 } as Readonly<Record<Tier, number>>,
  size: { maxPoints: 25, fullAtH100Equivalents: 1_000_000 },
  findings: { perSeverity: { blocker: 20, major: 8, minor: 3, info: 1 } as Readonly<Record<FindingSeverity, number>>, maxPoints: 45 },
} as const;

function sizePoints(h100Equivalents: number): number {
  const { maxPoints, fullAtH100Equivalents } = REVIEW_PRIORITY_WEIGHTS.size;
  // Negative or NaN sizes (bad data) count as empty rather than poisoning the score.
  const size = Number.isFinite(h100Equivalents) && h100Equivalents > 0 ? h100Equivalents : 0;
  return Math.min(maxPoints, (maxPoints * Math.log10(1 + size)) / Math.log10(1 + fullAtH100Equivalents));
}

function findingPoints(findings: RiskFacts['findings']): number {
  const { perSeverity, maxPoints } = REVIEW_PRIORITY_WEIGHTS.findings;
  return Math.min(
    maxPoints,
    findings.reduce((sum, finding) => sum + perSeverity[finding.severity], 0),
  );
}

/** 0–100, higher reviewed sooner; never decreases as tier, size or findings grow. */
export function reviewPriority(facts: RiskFacts): number {
  const score = REVIEW_PRIORITY_WEIGHTS.tier[facts.tier] + sizePoints(facts.h100Equivalents) + findingPoints(facts.findings);
  return Math.max(0, Math.min(100, Math.round(score)));
}

/**
 * Four eyes where a wrong approval costs most: a Tier 2 facility above the low-processing-performance
 * threshold, or any facility with an open major (or blocker) finding an auditor would be overriding.
 */
export function requiresTwoApprovals(facts: RiskFacts & { pack: Pick<PolicyPack, 'thresholds'> }): boolean {
  if (facts.tier === 2 && facts.h100Equivalents > facts.pack.thresholds.lppH100Equivalents) return true;
  return facts.findings.some((finding) => finding.severity === 'major' || finding.severity === 'blocker');
}
