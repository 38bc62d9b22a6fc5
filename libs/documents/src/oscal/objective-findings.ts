import type { AssessedFinding, AttestationAssessmentInput } from './attestation-assessment-input';
import type { OscalFinding } from './oscal-document';
import { isSerious } from './finding-risk';
import { oscalIds } from './oscal-identifiers';
import { listIfAny, tiergateProp } from './oscal-values';
import { attestationObjectiveStatus, controlObjectiveStatus, isDecided } from './objective-status';

/** The objective that findings naming no control of the policy are judged against. */
export const ATTESTATION_OBJECTIVE_ID = 'tiergate-attestation';

function related(observationUuids: string[], findings: readonly AssessedFinding[]): Pick<OscalFinding, 'related-observations' | 'related-risks'> {
  return {
    ...listIfAny(
      'related-observations',
      [...observationUuids, ...findings.map((finding) => oscalIds.findingObservation(finding.id))].map((uuid) => ({ 'observation-uuid': uuid })),
    ),
    ...listIfAny(
      'related-risks',
      findings.filter(isSerious).map((finding) => ({ 'risk-uuid': oscalIds.findingRisk(finding.id) })),
    ),
  };
}

function findingsSummary(findings: readonly AssessedFinding[]): string {
  const unresolved = findings.filter((finding) => finding.status !== 'closed').length;
  return findings.length === 0 ? 'no findings' : `${findings.length} finding(s), ${unresolved} not closed`;
}

/**
 * One OSCAL finding per control of the policy version (the objectives of the assessment plan),
 * plus one for the attestation as a whole when some findings name no control. Until an auditor
 * decides, each says it is provisional.
 */
export function objectiveFindings(input: AttestationAssessmentInput): OscalFinding[] {
  const { attestation } = input;
  const provisional = isDecided(attestation.status) ? {} : { remarks: `Provisional: the attestation is ${attestation.status} and no auditor has decided on it yet.` };
  const policyControlIds = new Set(input.policy.controls.map((control) => control.id));

  const perControl = input.policy.controls.map((control): OscalFinding => {
    const claim = input.claims.find((candidate) => candidate.controlId === control.id);
    const evidence = input.evidence.filter((item) => item.controlIds.includes(control.id));
    const findings = input.findings.filter((finding) => finding.controlId === control.id);
    const claimed = claim ? `The operator claims ${claim.status === 'compliant' ? 'compliance' : 'the control does not apply'}` : 'The operator makes no claim';
    return {
      uuid: oscalIds.objectiveFinding(attestation.id, control.id),
      title: `${control.id}: ${control.title}`,
      description: `${claimed}; ${evidence.length} evidence file(s); ${findingsSummary(findings)}.`,
      props: [
        tiergateProp('control-id', control.id),
        tiergateProp('condition', control.condition),
        tiergateProp('control-severity', control.severity),
        ...(claim ? [tiergateProp('claim-status', claim.status)] : []),
      ],
      target: { type: 'objective-id', 'target-id': control.id, title: control.title, status: controlObjectiveStatus(claim, findings) },
      ...related([...(claim ? [oscalIds.claimObservation(attestation.id, control.id)] : []), ...evidence.map((item) => oscalIds.evidenceObservation(item.id))], findings),
      ...provisional,
    };
  });

  const outside = input.findings.filter((finding) => finding.controlId === null || !policyControlIds.has(finding.controlId));
  if (outside.length === 0) return perControl;
  const title = 'The attestation as a whole: statement, signature, evidence integrity and facility';
  return [
    ...perControl,
    {
      uuid: oscalIds.objectiveFinding(attestation.id, ATTESTATION_OBJECTIVE_ID),
      title,
      description: `Findings that name no control of policy ${input.policy.version}: ${findingsSummary(outside)}.`,
      target: { type: 'objective-id', 'target-id': ATTESTATION_OBJECTIVE_ID, title, status: attestationObjectiveStatus(outside) },
      ...related([], outside),
      ...provisional,
    },
  ];
}
