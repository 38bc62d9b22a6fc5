import { Injectable } from '@nestjs/common';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { type TierReadinessCriteria, tierReadinessCriteriaOf } from '@tiergate/policy';
import { assessTierReadiness, type CountryReadiness } from '@tiergate/documents';
import { PolicyVersionStore } from '@tiergate/persistence';
import { reportScopeOf } from './report-scope';
import { ReportSnapshotReader } from './report-snapshot.reader';
import { TierReadinessReader } from './tier-readiness.reader';

export interface TierReadinessReport {
  generatedAt: string;
  scope: { countries: string[] | 'all'; description: string };
  policy: { id: string; version: string };
  /** The criteria every verdict below was reached against, and whether the policy set them. */
  criteria: TierReadinessCriteria;
  criteriaSource: 'policy' | 'default';
  countries: CountryReadiness[];
}

/**
 * Readiness of Tier 2 countries for Tier 1, judged now against the active policy's criteria.
 * Lists every Tier 2 country in scope that has a registered facility, and every Tier 2 country a
 * regulator's jurisdiction names even without one (its verdict then says there is nothing to judge).
 */
@Injectable()
export class TierReadinessService {
  constructor(
    private readonly snapshot: ReportSnapshotReader,
    private readonly policy: PolicyVersionStore,
    private readonly reader: TierReadinessReader,
    private readonly clock: Clock,
  ) {}

  async report(principal: Principal): Promise<TierReadinessReport> {
    const scope = reportScopeOf(principal);
    const policy = await this.policy.active();
    const { criteria, source } = tierReadinessCriteriaOf(policy.pack);
    const tier2 = policy.countryCodesOfTier(2).filter((code) => scope.countries === null || scope.countries.includes(code));
    const facts = await this.snapshot.run((manager) => this.reader.read(manager, tier2));
    const listed = tier2.filter((code) => facts.facilities.has(code) || scope.countries !== null);
    const countries = listed.map((code) => {
      const country = policy.countries.get(code);
      const registered = facts.facilities.get(code) ?? { facilities: 0, compliant: 0 };
      const findings = facts.openFindings.get(code) ?? { blockers: 0, majors: 0 };
      return assessTierReadiness(
        {
          countryCode: code,
          name: country?.name ?? code,
          igaInForce: country?.igaInForce ?? false,
          facilities: registered.facilities,
          compliant: registered.compliant,
          h100Equivalents: policy.classifier.summarise(facts.compliantInventory.get(code) ?? []).h100Equivalents,
          openBlockers: findings.blockers,
          openMajors: findings.majors,
          unexplainedDecreases: facts.unexplainedDecreases.get(code) ?? 0,
        },
        criteria,
      );
    });
    return {
      generatedAt: this.clock.now().toISOString(),
      scope: { countries: scope.countries ?? 'all', description: scope.description },
      policy: { id: policy.id, version: policy.version },
      criteria,
      criteriaSource: source,
      countries,
    };
  }
}
