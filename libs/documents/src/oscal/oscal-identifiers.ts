import { oscalUuid } from './deterministic-uuid';

/**
 * The UUID of every object Tiergate puts in an OSCAL document, in one place, so a reference (a
 * finding to its observations, an origin to its party) always names what it points at.
 */
export const oscalIds = {
  organizationParty: (organizationId: string) => oscalUuid('party', 'organization', organizationId),
  userParty: (userId: string) => oscalUuid('party', 'user', userId),
  verificationPlatform: () => oscalUuid('assessment-platform', 'tiergate-verification'),
  assessmentPlan: (policyVersionId: string | null) => oscalUuid('assessment-plan', policyVersionId ?? 'unspecified'),
  statementResource: (statementSha256: string) => oscalUuid('resource', 'statement', statementSha256),
  evidenceResource: (sha256: string) => oscalUuid('resource', 'evidence', sha256),
  attestationResult: (attestationId: string) => oscalUuid('result', 'attestation', attestationId),
  claimObservation: (attestationId: string, controlId: string) => oscalUuid('observation', 'claim', attestationId, controlId),
  evidenceObservation: (evidenceId: string) => oscalUuid('observation', 'evidence', evidenceId),
  findingObservation: (findingId: string) => oscalUuid('observation', 'finding', findingId),
  decisionObservation: (decisionId: string) => oscalUuid('observation', 'decision', decisionId),
  findingRisk: (findingId: string) => oscalUuid('risk', 'finding', findingId),
  objectiveFinding: (attestationId: string, objectiveId: string) => oscalUuid('finding', 'objective', attestationId, objectiveId),
  facilityResult: (facilityId: string, attestationId: string | null) => oscalUuid('result', 'facility', facilityId, attestationId ?? 'none'),
  facilityObservation: (facilityId: string, asOf: string) => oscalUuid('observation', 'facility-status', facilityId, asOf),
  facilityFinding: (facilityId: string, asOf: string) => oscalUuid('finding', 'facility-status', facilityId, asOf),
  facilityRisk: (facilityId: string, asOf: string) => oscalUuid('risk', 'facility-findings', facilityId, asOf),
} as const;
