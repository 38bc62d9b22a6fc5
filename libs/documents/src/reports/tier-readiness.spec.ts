import { assessTierReadiness, type CountryReadinessFacts } from './tier-readiness';
import { DEFAULT_TIER_READINESS_CRITERIA, tierReadinessCriteriaOf } from '@tiergate/policy';

const facts: CountryReadinessFacts = {
  countryCode: 'PL',
  name: 'Poland',
  igaInForce: true,
  facilities: 10,
  compliant: 9,
  h100Equivalents: 1234.56789,
  openBlockers: 0,
  openMajors: 3,
  unexplainedDecreases: 0,
};

describe('tierReadinessCriteriaOf', () => {
  it('takes the defaults when the pack names no criteria', () => {
    expect(tierReadinessCriteriaOf({ version: '1.0.0' })).toEqual({ criteria: DEFAULT_TIER_READINESS_CRITERIA, source: 'default' });
  });

  it('reads the pack’s criteria, defaults filling what it leaves out', () => {
    expect(tierReadinessCriteriaOf({ tierReadiness: { minShareCompliant: 0.5, requireIga: false } })).toEqual({
      criteria: { minShareCompliant: 0.5, maxOpenBlockers: 0, maxUnexplainedDecreases: 0, requireIga: false },
      source: 'policy',
    });
  });

  it('refuses malformed criteria instead of judging against something else', () => {
    expect(() => tierReadinessCriteriaOf({ tierReadiness: { minShareCompliant: 1.5, maxOpenBlockers: -1 } })).toThrow(/minShareCompliant.*maxOpenBlockers/);
  });
});

describe('assessTierReadiness', () => {
  it('is ready when every criterion is met, and shows each check', () => {
    const readiness = assessTierReadiness(facts, DEFAULT_TIER_READINESS_CRITERIA);
    expect(readiness).toMatchObject({ verdict: 'ready', shareCompliant: 0.9, h100Equivalents: 1234.568 });
    expect(readiness.checks.map((check) => [check.criterion, check.met])).toEqual([
      ['minShareCompliant', true],
      ['maxOpenBlockers', true],
      ['maxUnexplainedDecreases', true],
      ['requireIga', true],
    ]);
  });

  it('is not ready when any one criterion fails, naming it', () => {
    for (const [change, failing] of [
      [{ compliant: 8 }, 'minShareCompliant'],
      [{ openBlockers: 1 }, 'maxOpenBlockers'],
      [{ unexplainedDecreases: 2 }, 'maxUnexplainedDecreases'],
      [{ igaInForce: false }, 'requireIga'],
    ] as const) {
      const readiness = assessTierReadiness({ ...facts, ...change }, DEFAULT_TIER_READINESS_CRITERIA);
      expect(readiness.verdict).toBe('not_ready');
      expect(readiness.checks.filter((check) => !check.met).map((check) => check.criterion)).toEqual([failing]);
    }
  });

  it('does not require an agreement when the policy says so', () => {
    const readiness = assessTierReadiness({ ...facts, igaInForce: false }, { ...DEFAULT_TIER_READINESS_CRITERIA, requireIga: false });
    expect(readiness.verdict).toBe('ready');
  });

  it('has nothing to judge without facilities', () => {
    const readiness = assessTierReadiness({ ...facts, facilities: 0, compliant: 0 }, { ...DEFAULT_TIER_READINESS_CRITERIA, minShareCompliant: 0 });
    expect(readiness).toMatchObject({ verdict: 'not_ready', shareCompliant: null });
    expect(readiness.checks[0]).toMatchObject({ criterion: 'minShareCompliant', actual: null, met: false, explanation: 'no facility is registered in the country' });
  });
});
