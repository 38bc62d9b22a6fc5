import type { AssessedFinding } from './attestation-assessment-input';
import type { OscalRisk, OscalRiskStatus } from './oscal-document';
import { findingOrigin } from './attestation-observations';
import { oscalIds } from './oscal-identifiers';
import { listIfAny, tiergateProp } from './oscal-values';

const RISK_STATUS: Record<AssessedFinding['status'], OscalRiskStatus> = { open: 'open', remediated: 'remediating', closed: 'closed' };

/** What each serious severity does to the attestation, per the review rules. */
const CONSEQUENCE = {
  blocker: 'A blocker: the attestation cannot be approved while it is open.',
  major: 'A major finding: approving the attestation takes two different auditors.',
} as const;

type SeriousFinding = AssessedFinding & { severity: keyof typeof CONSEQUENCE };

/** Only blockers and majors are risks a regulator tracks; minor and informational findings stay observations. */
export function isSerious(finding: AssessedFinding): finding is SeriousFinding {
  return finding.severity === 'blocker' || finding.severity === 'major';
}

export function findingRisk(finding: SeriousFinding): OscalRisk {
  const origin = findingOrigin(finding);
  return {
    uuid: oscalIds.findingRisk(finding.id),
    title: finding.code,
    description: finding.message,
    statement: `${finding.code} on ${finding.controlId ?? 'the attestation as a whole'}. ${CONSEQUENCE[finding.severity]}`,
    props: [tiergateProp('finding-id', finding.id), tiergateProp('severity', finding.severity), tiergateProp('finding-code', finding.code)],
    status: RISK_STATUS[finding.status],
    ...listIfAny('origins', origin ? [origin] : []),
  };
}
