import { FINDING_SEVERITIES } from '@tiergate/policy';
import { assessmentPlanResource } from './assessment-plan';
import { contentUuid } from './deterministic-uuid';
import { OSCAL_VERSION, type OscalAssessmentResultsDocument, type OscalResult, type OscalReviewedControls } from './oscal-document';
import { oscalIds } from './oscal-identifiers';
import { listIfAny, oscalLine, tiergateProp } from './oscal-values';
import type { FacilityStatusForOscal, StatusAssessmentInput } from './status-assessment-input';

/** The objective each facility is judged against in a status report. */
export const FACILITY_COMPLIANCE_OBJECTIVE_ID = 'tiergate-facility-compliant';

const ALL_CONTROLS: OscalReviewedControls = {
  description: 'Every control of the policy in force; each facility is judged on its attestation as a whole.',
  'control-selections': [{ 'include-all': {} }],
};

/**
 * OSCAL 1.0.6 assessment results for a status report: one result per facility, whose finding says
 * whether the facility is compliant at `asOf`, with its figures as an observation and its open
 * blocker and major findings as a risk. Pure: the same input gives the same document.
 */
export function toStatusAssessmentResults(input: StatusAssessmentInput): OscalAssessmentResultsDocument {
  const compliant = input.facilities.filter((facility) => facility.status === 'compliant').length;
  return {
    'assessment-results': {
      uuid: contentUuid('status-assessment-results', input),
      metadata: {
        title: `Tiergate facility status report as of ${input.asOf}`,
        'last-modified': input.asOf,
        version: `status as of ${input.asOf}`,
        'oscal-version': OSCAL_VERSION,
        props: [
          tiergateProp('as-of', input.asOf),
          tiergateProp('facilities', input.facilities.length),
          tiergateProp('compliant-facilities', compliant),
          ...(input.policy ? [tiergateProp('policy-version', input.policy.version)] : []),
        ],
        ...(input.scope ? { remarks: `Scope: ${input.scope}` } : {}),
      },
      'import-ap': {
        href: `#${oscalIds.assessmentPlan(input.policy?.versionId ?? null)}`,
        remarks: 'The assessment plan is the Tiergate policy version in the back matter.',
      },
      // The schema wants at least one result; an empty scope still says so in one.
      results: input.facilities.length > 0 ? input.facilities.map((facility) => facilityResult(facility, input.asOf)) : [emptyScopeResult(input.asOf)],
      'back-matter': { resources: [assessmentPlanResource(input.policy ?? null)] },
    },
  };
}

function count(facility: FacilityStatusForOscal, severity: (typeof FINDING_SEVERITIES)[number]): number {
  return facility.openFindings[severity] ?? 0;
}

/** Rounded to a thousandth so floating-point noise never reaches a regulator's document. */
function figure(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function facilityResult(listed: FacilityStatusForOscal, asOf: string): OscalResult {
  const facility = { ...listed, name: oscalLine(listed.name) };
  const tier = facility.tier === null ? 'a country outside the policy' : `Tier ${facility.tier}`;
  const openCounts = FINDING_SEVERITIES.map((severity) => `${count(facility, severity)} ${severity}`).join(', ');
  const blockers = count(facility, 'blocker');
  const majors = count(facility, 'major');
  const observationUuid = oscalIds.facilityObservation(facility.id, asOf);
  const riskUuid = oscalIds.facilityRisk(facility.id, asOf);
  const hasRisk = blockers + majors > 0;
  return {
    uuid: oscalIds.facilityResult(facility.id, facility.attestationId ?? null),
    title: `${facility.name} (${facility.countryCode})`,
    description: `Compliance of facility ${facility.name} in ${facility.countryCode} (${tier}) as of ${asOf}: ${facility.status}.`,
    start: asOf,
    end: asOf,
    props: [
      tiergateProp('datacenter-id', facility.id),
      tiergateProp('country', facility.countryCode),
      ...(facility.tier === null ? [] : [tiergateProp('tier', facility.tier)]),
      tiergateProp('compliance-status', facility.status),
      tiergateProp('h100-equivalents', figure(facility.h100Equivalents)),
      ...FINDING_SEVERITIES.map((severity) => tiergateProp(`open-${severity}-findings`, count(facility, severity))),
      ...(facility.attestationId ? [tiergateProp('attestation-id', facility.attestationId)] : []),
      ...(facility.validUntil ? [tiergateProp('valid-until', facility.validUntil)] : []),
    ],
    'reviewed-controls': ALL_CONTROLS,
    observations: [
      {
        uuid: observationUuid,
        title: 'Compliance status and figures',
        description: `Status ${facility.status}; ${figure(facility.h100Equivalents)} H100-equivalents; open findings: ${openCounts}.`,
        methods: ['EXAMINE'],
        types: ['control-objective'],
        ...(facility.attestationId
          ? {
              'relevant-evidence': [
                {
                  href: `urn:tiergate:attestation:${facility.attestationId}`,
                  description: 'The attestation the status rests on; GET /attestations/{id}/oscal gives its own assessment results, with evidence digests.',
                },
              ],
            }
          : {}),
        collected: asOf,
        ...(facility.validUntil ? { expires: facility.validUntil } : {}),
      },
    ],
    ...(hasRisk
      ? {
          risks: [
            {
              uuid: riskUuid,
              title: `${blockers} blocker and ${majors} major open finding(s)`,
              description: `Facility ${facility.name} has findings that are not closed: ${openCounts}.`,
              statement: 'Open blockers keep an attestation from approval; open majors need a second auditor. Either weakens the facility’s standing until closed.',
              status: 'open',
            },
          ],
        }
      : {}),
    findings: [
      {
        uuid: oscalIds.facilityFinding(facility.id, asOf),
        title: 'Current approved attestation',
        description: `Whether facility ${facility.name} holds a current approved attestation as of ${asOf}.`,
        target: {
          type: 'objective-id',
          'target-id': FACILITY_COMPLIANCE_OBJECTIVE_ID,
          title: 'The facility holds a current approved attestation',
          status: facility.status === 'compliant' ? { state: 'satisfied', reason: 'pass' } : { state: 'not-satisfied', reason: 'fail', remarks: `Status: ${facility.status}.` },
        },
        'related-observations': [{ 'observation-uuid': observationUuid }],
        ...listIfAny('related-risks', hasRisk ? [{ 'risk-uuid': riskUuid }] : []),
      },
    ],
  };
}

function emptyScopeResult(asOf: string): OscalResult {
  return {
    uuid: oscalIds.facilityResult('none', null),
    title: 'No facilities in scope',
    description: `The report's scope held no facility as of ${asOf}.`,
    start: asOf,
    end: asOf,
    'reviewed-controls': ALL_CONTROLS,
  };
}
