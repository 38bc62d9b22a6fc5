import type { FindingSeverity, PolicyControl, Tier } from '@tiergate/policy';

/**
 * Everything one attestation's OSCAL assessment results say, as plain data (ISO times, no
 * entities), so the document is a pure function of it: the same input gives the same bytes.
 */
export interface AttestationAssessmentInput {
  attestation: {
    id: string;
    version: number;
    status: string;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    /** SHA-256 of the canonical in-toto statement frozen at submission. */
    statementSha256: string | null;
    /** The key that signed the statement's DSSE envelope, when the organisation signs. */
    signerKeyId: string | null;
  };
  organization: { id: string; name: string };
  datacenter: { id: string; name: string; countryCode: string; tier: Tier | null };
  /** The policy version the attestation was judged under: its controls are the objectives assessed. */
  policy: {
    versionId: string;
    version: string;
    title: string;
    controls: Pick<PolicyControl, 'id' | 'title' | 'condition' | 'severity'>[];
  };
  claims: { controlId: string; status: 'compliant' | 'not_applicable'; statement: string }[];
  evidence: AssessedEvidence[];
  findings: AssessedFinding[];
  decisions: AssessedDecision[];
}

export interface AssessedEvidence {
  id: string;
  sha256: string;
  type: string;
  mediaType: string;
  size: number;
  controlIds: string[];
  fileName: string | null;
  uploadedAt: string;
  validUntil: string | null;
}

export interface AssessedFinding {
  id: string;
  code: string;
  severity: FindingSeverity;
  message: string;
  controlId: string | null;
  status: 'open' | 'remediated' | 'closed';
  source: 'automated' | 'auditor';
  /** The auditor who raised it; null for automated findings. */
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AssessedDecision {
  id: string;
  auditorId: string;
  decision: 'approve' | 'reject' | 'request_changes';
  /** `first_approval` when four eyes left the attestation waiting for a second auditor. */
  outcome: 'first_approval' | 'approved' | 'rejected' | 'changes_requested';
  rationale: string;
  decidedAt: string;
}
