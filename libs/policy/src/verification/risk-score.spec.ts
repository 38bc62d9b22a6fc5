import type { Tier } from '../policy-pack.schema';
import type { FindingSeverity } from '../reference/finding-severities';
import { referencePolicyPack } from '../reference/reference-pack';
import { REVIEW_PRIORITY_WEIGHTS, requiresTwoApprovals, reviewPriority } from './risk-score';

const findings = (...severities: FindingSeverity[]) => severities.map((severity) => ({ severity }));

describe('reviewPriority', () => {
  it('scores an empty Tier 1 facility 0 and caps at 100', () => {
    expect(reviewPriority({ tier: 1, h100Equivalents: 0, findings: [] })).toBe(0);
    expect(reviewPriority({ tier: 3, h100Equivalents: 10_000_000, findings: findings('blocker', 'blocker', 'blocker') })).toBe(100);
  });

  it('weights the parts as documented', () => {
    expect(REVIEW_PRIORITY_WEIGHTS.tier[3] + REVIEW_PRIORITY_WEIGHTS.size.maxPoints + REVIEW_PRIORITY_WEIGHTS.findings.maxPoints).toBe(100);
    expect(reviewPriority({ tier: 2, h100Equivalents: 0, findings: [] })).toBe(15);
    // log10(1 + 999) / log10(1 + 1e6) × 25 ≈ 12.5
    expect(reviewPriority({ tier: 1, h100Equivalents: 999, findings: [] })).toBe(12);
    expect(reviewPriority({ tier: 1, h100Equivalents: 0, findings: findings('major', 'minor', 'info') })).toBe(12);
  });

  it('never decreases as tier rises', () => {
    for (const h100Equivalents of [0, 50, 5_000]) {
      const scores = ([1, 2, 3] as Tier[]).map((tier) => reviewPriority({ tier, h100Equivalents, findings: findings('minor') }));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(scores[0]).toBeLessThan(scores[2]);
    }
  });

  it('never decreases as the facility grows, on a log scale', () => {
    let previous = -1;
    for (let h100Equivalents = 0; h100Equivalents <= 2_000_000; h100Equivalents = h100Equivalents * 3 + 1) {
      const score = reviewPriority({ tier: 2, h100Equivalents, findings: [] });
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
    const small = reviewPriority({ tier: 1, h100Equivalents: 10, findings: [] });
    const medium = reviewPriority({ tier: 1, h100Equivalents: 1_000, findings: [] });
    const large = reviewPriority({ tier: 1, h100Equivalents: 100_000, findings: [] });
    // Each hundredfold step adds the same few points.
    expect(medium - small).toBeCloseTo(large - medium, -0.5);
  });

  it('never decreases as findings are added, and ranks severities', () => {
    const order: FindingSeverity[] = ['info', 'minor', 'major', 'blocker'];
    const one = order.map((severity) => reviewPriority({ tier: 2, h100Equivalents: 100, findings: findings(severity) }));
    expect(one).toEqual([...one].sort((a, b) => a - b));
    expect(new Set(one).size).toBe(4);
    const open: FindingSeverity[] = [];
    let previous = reviewPriority({ tier: 2, h100Equivalents: 100, findings: [] });
    for (const severity of ['minor', 'info', 'major', 'blocker', 'minor', 'blocker', 'blocker'] as FindingSeverity[]) {
      open.push(severity);
      const score = reviewPriority({ tier: 2, h100Equivalents: 100, findings: findings(...open) });
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });

  it('treats a nonsense size as empty', () => {
    expect(reviewPriority({ tier: 1, h100Equivalents: Number.NaN, findings: [] })).toBe(0);
    expect(reviewPriority({ tier: 1, h100Equivalents: -5, findings: [] })).toBe(0);
  });

  it('returns an integer', () => {
    expect(Number.isInteger(reviewPriority({ tier: 2, h100Equivalents: 1_234.5, findings: findings('minor') }))).toBe(true);
  });
});

describe('requiresTwoApprovals', () => {
  const pack = referencePolicyPack();

  it('asks for two approvals for a Tier 2 facility above the low-processing-performance threshold', () => {
    expect(requiresTwoApprovals({ tier: 2, h100Equivalents: 1_700.5, findings: [], pack })).toBe(true);
    expect(requiresTwoApprovals({ tier: 2, h100Equivalents: 1_700, findings: [], pack })).toBe(false);
    expect(requiresTwoApprovals({ tier: 1, h100Equivalents: 100_000, findings: [], pack })).toBe(false);
  });

  it('asks for two approvals for any open major or blocker finding', () => {
    expect(requiresTwoApprovals({ tier: 1, h100Equivalents: 10, findings: findings('minor', 'major'), pack })).toBe(true);
    expect(requiresTwoApprovals({ tier: 1, h100Equivalents: 10, findings: findings('blocker'), pack })).toBe(true);
    expect(requiresTwoApprovals({ tier: 2, h100Equivalents: 10, findings: findings('minor', 'info'), pack })).toBe(false);
  });
});
