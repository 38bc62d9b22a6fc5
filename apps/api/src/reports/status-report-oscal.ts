import { type OscalAssessmentResultsDocument, roundH100, toStatusAssessmentResults } from '@tiergate/documents';
import type { CompiledPolicyVersion } from '@tiergate/persistence';
import type { FacilityAtRow } from './facility-status-list.reader';

/** The status report as OSCAL assessment results: one result per facility in scope at asOf. */
export function statusReportOscal(input: {
  asOf: Date;
  scopeDescription: string;
  groupBy: string;
  policy: CompiledPolicyVersion;
  facilities: readonly FacilityAtRow[];
}): OscalAssessmentResultsDocument {
  const { policy } = input;
  return toStatusAssessmentResults({
    asOf: input.asOf.toISOString(),
    scope: `${input.scopeDescription}; grouped by ${input.groupBy}`,
    policy: { versionId: policy.id, version: policy.version, title: policy.pack.title },
    facilities: input.facilities.map((facility) => ({
      id: facility.id,
      name: facility.name,
      countryCode: facility.countryCode,
      tier: policy.countries.get(facility.countryCode)?.tier ?? null,
      status: facility.status,
      h100Equivalents: roundH100(policy.classifier.summarise(facility.inventoryModels).h100Equivalents),
      openFindings: facility.openFindings,
      attestationId: facility.attestationId,
      validUntil: facility.validUntil,
    })),
  });
}
