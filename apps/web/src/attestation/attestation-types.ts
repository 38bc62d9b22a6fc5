/** The API's attestation detail (GET /attestations/:id) and the pieces around it that the view reads. */

export const ATTESTATION_STATUSES = ['draft', 'submitted', 'verifying', 'in_review', 'approved', 'rejected', 'changes_requested', 'withdrawn', 'superseded', 'expired'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

export type FindingSeverity = 'blocker' | 'major' | 'minor' | 'info';
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['blocker', 'major', 'minor', 'info'];
export type FindingStatus = 'open' | 'remediated' | 'closed';

export type ClaimStatus = 'compliant' | 'not_applicable';

export interface Claim {
  controlId: string;
  status: ClaimStatus;
  statement: string;
}

export interface Evidence {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  type: string;
  controlIds: string[];
  fileName: string | null;
  validUntil: string | null;
  observedFrom: string | null;
  observedTo: string | null;
  uploadedBy: string;
  createdAt: string;
}

export interface Finding {
  id: string;
  attestationId: string;
  code: string;
  severity: FindingSeverity;
  message: string;
  controlId: string | null;
  source: 'automated' | 'auditor';
  createdBy: string | null;
  status: FindingStatus;
  response: string | null;
  /** A blocker's closure one auditor proposed; a different auditor confirms it. */
  closeProposal?: { proposedBy: string; proposedAt: string; note: string | null } | null;
  details: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export type ReviewOutcome = 'first_approval' | 'approved' | 'rejected' | 'changes_requested';

export interface ReviewDecision {
  id: string;
  auditorId: string;
  decision: 'approve' | 'reject' | 'request_changes';
  outcome: ReviewOutcome;
  rationale: string;
  findingIds: string[];
  decidedAt: string;
}

export interface HistoryStep {
  from: string | null;
  to: string;
  event: string;
  actor: { type: string; id: string | null };
  note: string | null;
  at: string;
}

/** An attestation as GET /attestations lists it. */
export interface AttestationSummary {
  id: string;
  datacenterId: string;
  organizationId: string;
  policyVersionId: string;
  version: number;
  amendsId: string | null;
  status: AttestationStatus;
  submittedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Counterparty {
  name: string;
  country: string;
  relationship: 'customer' | 'partner' | 'supplier';
}

/** GET /attestations/:id: the summary with everything attached to it. */
export interface Attestation extends AttestationSummary {
  claims: Claim[];
  counterparties: Counterparty[];
  evidence: Evidence[];
  signed: boolean;
  signerKeyId: string | null;
  statementSha256: string | null;
  findings: Finding[];
  reviews: ReviewDecision[];
  history: HistoryStep[];
}

export interface Comment {
  id: string;
  attestationId: string;
  author: { id: string; role: string };
  body: string;
  createdAt: string;
}

/** The parts of GET /datacenters/:id the header shows. */
export interface DatacenterSummary {
  id: string;
  name: string;
  countryCode: string;
  city: string | null;
  tier: 1 | 2 | 3 | null;
  complianceStatus: string;
}

/** The parts of GET /policy the view uses: the active version, and control titles for the claims. */
export interface ActivePolicy {
  id: string;
  version: string;
  title: string;
  controls: { id: string; condition: string; title: string; requiredEvidence: string[] }[];
}
