import type { AssessedDecision, AssessedEvidence, AssessedFinding, AttestationAssessmentInput } from './attestation-assessment-input';
import type { OscalObservation, OscalOrigin } from './oscal-document';
import { oscalIds } from './oscal-identifiers';
import { listIfAny, sha256Urn, tiergateProp } from './oscal-values';

/** Who produced an automated finding: the verification worker, declared as the result's assessment platform. */
export const VERIFICATION_ORIGIN: OscalOrigin = { actors: [{ type: 'assessment-platform', 'actor-uuid': oscalIds.verificationPlatform() }] };

export function partyOrigin(partyUuid: string): OscalOrigin {
  return { actors: [{ type: 'party', 'actor-uuid': partyUuid }] };
}

/** The worker for automated findings, the auditor for theirs; an auditor finding without an author has no origin to give. */
export function findingOrigin(finding: AssessedFinding): OscalOrigin | undefined {
  if (finding.source === 'automated') return VERIFICATION_ORIGIN;
  return finding.createdBy ? partyOrigin(oscalIds.userParty(finding.createdBy)) : undefined;
}

/** The operator's declaration on one control: a statement made to the assessor, hence INTERVIEW. */
export function claimObservation(input: AttestationAssessmentInput, claim: AttestationAssessmentInput['claims'][number]): OscalObservation {
  const { attestation, organization } = input;
  return {
    uuid: oscalIds.claimObservation(attestation.id, claim.controlId),
    title: `Operator's claim on ${claim.controlId}`,
    description: `${organization.name} claims ${claim.status === 'compliant' ? 'compliance with' : 'that it need not meet'} ${claim.controlId}: ${claim.statement}`,
    props: [tiergateProp('control-id', claim.controlId), tiergateProp('claim-status', claim.status)],
    methods: ['INTERVIEW'],
    types: ['control-objective'],
    origins: [partyOrigin(oscalIds.organizationParty(organization.id))],
    collected: attestation.submittedAt ?? attestation.createdAt,
  };
}

/** One evidence file, named by its digest: whoever holds the bytes can check they are the ones assessed. */
export function evidenceObservation(input: AttestationAssessmentInput, evidence: AssessedEvidence): OscalObservation {
  const described = evidence.fileName ? `${evidence.fileName} (${evidence.mediaType}, ${evidence.size} bytes)` : `A ${evidence.mediaType} file of ${evidence.size} bytes`;
  return {
    uuid: oscalIds.evidenceObservation(evidence.id),
    title: `Evidence: ${evidence.type}`,
    description: `${described}, submitted as ${evidence.type} for ${evidence.controlIds.join(', ')}.`,
    props: [tiergateProp('evidence-id', evidence.id), tiergateProp('evidence-type', evidence.type), ...evidence.controlIds.map((controlId) => tiergateProp('control-id', controlId))],
    methods: ['EXAMINE'],
    types: ['control-objective'],
    origins: [partyOrigin(oscalIds.organizationParty(input.organization.id))],
    'relevant-evidence': [
      {
        href: sha256Urn(evidence.sha256),
        description: `The ${evidence.type} file, identified by its SHA-256 digest; Tiergate's evidence store keeps the bytes under it.`,
        props: [tiergateProp('sha256', evidence.sha256.toLowerCase()), tiergateProp('media-type', evidence.mediaType), tiergateProp('size', evidence.size)],
      },
    ],
    collected: evidence.uploadedAt,
    ...(evidence.validUntil ? { expires: evidence.validUntil } : {}),
  };
}

/** A finding of the verification worker (a TEST it ran) or of an auditor (who EXAMINEd the evidence). */
export function findingObservation(finding: AssessedFinding): OscalObservation {
  const origin = findingOrigin(finding);
  return {
    uuid: oscalIds.findingObservation(finding.id),
    title: `${finding.code} (${finding.severity})`,
    description: finding.message,
    props: [
      tiergateProp('finding-id', finding.id),
      tiergateProp('finding-code', finding.code),
      tiergateProp('severity', finding.severity),
      tiergateProp('finding-status', finding.status),
      tiergateProp('source', finding.source),
      ...(finding.controlId ? [tiergateProp('control-id', finding.controlId)] : []),
    ],
    methods: [finding.source === 'automated' ? 'TEST' : 'EXAMINE'],
    types: ['finding'],
    ...listIfAny('origins', origin ? [origin] : []),
    collected: finding.createdAt,
  };
}

/** An auditor's decision, kept with its rationale so the result shows who judged and why. */
export function decisionObservation(decision: AssessedDecision): OscalObservation {
  return {
    uuid: oscalIds.decisionObservation(decision.id),
    title: `Auditor's decision: ${decision.decision}`,
    description: decision.rationale,
    props: [tiergateProp('decision', decision.decision), tiergateProp('outcome', decision.outcome)],
    methods: ['EXAMINE'],
    types: ['historic'],
    origins: [partyOrigin(oscalIds.userParty(decision.auditorId))],
    collected: decision.decidedAt,
  };
}
