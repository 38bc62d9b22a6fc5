import type { TierReadinessCriteria } from '@tiergate/policy';
import { roundH100 } from './status-report';

/** What the platform knows about one Tier 2 country's facilities, now. */
export interface CountryReadinessFacts {
  countryCode: string;
  name: string;
  igaInForce: boolean;
  facilities: number;
  compliant: number;
  /** H100-equivalents in the compliant facilities. */
  h100Equivalents: number;
  openBlockers: number;
  openMajors: number;
  /** Inventory decreases recorded with no reason, across the facilities' inventory history. */
  unexplainedDecreases: number;
}

export interface ReadinessCheck {
  criterion: keyof TierReadinessCriteria;
  required: number | boolean;
  actual: number | boolean | null;
  met: boolean;
  explanation: string;
}

export interface CountryReadiness extends CountryReadinessFacts {
  /** Compliant ÷ registered; null with no facility registered. */
  shareCompliant: number | null;
  verdict: 'ready' | 'not_ready';
  /** Every criterion with the value it was held against, met or not: the verdict is never a black box. */
  checks: ReadinessCheck[];
}

/** A country is ready only when every criterion is met; with no facility there is nothing to judge, so it is not. */
export function assessTierReadiness(facts: CountryReadinessFacts, criteria: TierReadinessCriteria): CountryReadiness {
  const share = facts.facilities === 0 ? null : facts.compliant / facts.facilities;
  const checks: ReadinessCheck[] = [
    {
      criterion: 'minShareCompliant',
      required: criteria.minShareCompliant,
      actual: share === null ? null : roundShare(share),
      met: share !== null && share >= criteria.minShareCompliant,
      explanation:
        share === null
          ? 'no facility is registered in the country'
          : `${facts.compliant} of ${facts.facilities} facilities compliant (${percent(share)}; at least ${percent(criteria.minShareCompliant)} required)`,
    },
    {
      criterion: 'maxOpenBlockers',
      required: criteria.maxOpenBlockers,
      actual: facts.openBlockers,
      met: facts.openBlockers <= criteria.maxOpenBlockers,
      explanation: `${facts.openBlockers} open blocker finding(s); at most ${criteria.maxOpenBlockers} allowed`,
    },
    {
      criterion: 'maxUnexplainedDecreases',
      required: criteria.maxUnexplainedDecreases,
      actual: facts.unexplainedDecreases,
      met: facts.unexplainedDecreases <= criteria.maxUnexplainedDecreases,
      explanation: `${facts.unexplainedDecreases} inventory decrease(s) without a reason; at most ${criteria.maxUnexplainedDecreases} allowed`,
    },
    {
      criterion: 'requireIga',
      required: criteria.requireIga,
      actual: facts.igaInForce,
      met: !criteria.requireIga || facts.igaInForce,
      explanation: criteria.requireIga ? `an intergovernmental agreement is required and is ${facts.igaInForce ? '' : 'not '}in force` : 'no intergovernmental agreement is required',
    },
  ];
  return {
    ...facts,
    h100Equivalents: roundH100(facts.h100Equivalents),
    shareCompliant: share === null ? null : roundShare(share),
    verdict: checks.every((check) => check.met) ? 'ready' : 'not_ready',
    checks,
  };
}

function roundShare(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

function percent(share: number): string {
  return `${(Math.round(share * 1_000) / 10).toString()}%`;
}
