import type { AssessedFinding, AttestationAssessmentInput } from './attestation-assessment-input';
import type { OscalFindingTarget } from './oscal-document';

type Claim = AttestationAssessmentInput['claims'][number];
type ObjectiveStatus = OscalFindingTarget['status'];

/**
 * Blockers forbid approval and majors demand a second auditor, so while one is not closed the
 * objective cannot be called satisfied; minor and informational findings do not change the state.
 */
export function countsAgainstObjective(finding: AssessedFinding): boolean {
  return finding.status !== 'closed' && (finding.severity === 'blocker' || finding.severity === 'major');
}

function failedBy(findings: readonly AssessedFinding[]): ObjectiveStatus | undefined {
  const against = findings.filter(countsAgainstObjective);
  if (against.length === 0) return undefined;
  const codes = [...new Set(against.map((finding) => finding.code))].join(', ');
  return { state: 'not-satisfied', reason: 'fail', remarks: `${against.length} unresolved blocker or major finding(s): ${codes}.` };
}

/** Whether a control is met, judged from the operator's claim and the findings on it. */
export function controlObjectiveStatus(claim: Claim | undefined, findings: readonly AssessedFinding[]): ObjectiveStatus {
  const failed = failedBy(findings);
  if (failed) return failed;
  if (!claim) return { state: 'not-satisfied', reason: 'fail', remarks: 'The attestation makes no claim on this control.' };
  if (claim.status === 'not_applicable') return { state: 'satisfied', reason: 'pass', remarks: 'Claimed not applicable, which the policy allows for this control.' };
  return { state: 'satisfied', reason: 'pass', remarks: 'Claimed compliant, with no unresolved blocker or major finding.' };
}

/** Findings that name no control (a broken signature, a facility in a Tier 3 country) judge the attestation as a whole. */
export function attestationObjectiveStatus(findings: readonly AssessedFinding[]): ObjectiveStatus {
  return failedBy(findings) ?? { state: 'satisfied', reason: 'pass', remarks: 'No unresolved blocker or major finding outside the controls.' };
}

/** Statuses after which an auditor (or expiry) has had the last word. */
const DECIDED_STATUSES: readonly string[] = ['approved', 'rejected', 'changes_requested', 'superseded', 'expired'];

export function isDecided(attestationStatus: string): boolean {
  return DECIDED_STATUSES.includes(attestationStatus);
}
