import type { AttestationClaim, AttestationEntity, AttestationTransitionEntity, Counterparty, EvidenceEntity, FindingEntity, ReviewDecisionEntity } from '@tiergate/persistence';
import { toFindingView, type FindingView } from '../findings/finding.view';
import { toReviewDecisionView, type ReviewDecisionView } from '../review/decisions/review-decision.view';

export interface EvidenceView {
  id: string;
  attestationId: string;
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

export interface AttestationSummaryView {
  id: string;
  datacenterId: string;
  organizationId: string;
  policyVersionId: string;
  version: number;
  amendsId: string | null;
  status: AttestationEntity['status'];
  submittedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AttestationView extends AttestationSummaryView {
  claims: AttestationClaim[];
  counterparties: Counterparty[];
  evidence: EvidenceView[];
  signed: boolean;
  signerKeyId: string | null;
  statementSha256: string | null;
  /** Automated (verification) and auditors' findings, oldest first. */
  findings: FindingView[];
  /** Auditors' decisions, first approvals included, oldest first. */
  reviews: ReviewDecisionView[];
  history: { from: string | null; to: string; event: string; actor: { type: string; id: string | null }; note: string | null; at: string }[];
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function toEvidenceView(row: EvidenceEntity): EvidenceView {
  return {
    id: row.id,
    attestationId: row.attestationId,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.mediaType,
    type: row.type,
    controlIds: row.controlIds,
    fileName: row.fileName,
    validUntil: iso(row.validUntil),
    observedFrom: iso(row.observedFrom),
    observedTo: iso(row.observedTo),
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAttestationSummaryView(row: AttestationEntity): AttestationSummaryView {
  return {
    id: row.id,
    datacenterId: row.datacenterId,
    organizationId: row.organizationId,
    policyVersionId: row.policyVersionId,
    version: row.version,
    amendsId: row.amendsId,
    status: row.status,
    submittedAt: iso(row.submittedAt),
    validFrom: iso(row.validFrom),
    validUntil: iso(row.validUntil),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAttestationView(
  row: AttestationEntity,
  evidence: EvidenceEntity[],
  history: AttestationTransitionEntity[],
  findings: FindingEntity[],
  reviews: ReviewDecisionEntity[],
): AttestationView {
  return {
    ...toAttestationSummaryView(row),
    claims: row.claims,
    counterparties: row.counterparties,
    evidence: evidence.map(toEvidenceView),
    signed: row.signature !== null,
    signerKeyId: row.signerKeyId,
    statementSha256: row.statementSha256,
    findings: findings.map(toFindingView),
    reviews: reviews.map(toReviewDecisionView),
    history: history.map((step) => ({
      from: step.fromStatus,
      to: step.toStatus,
      event: step.event,
      actor: { type: step.actorType, id: step.actorId },
      note: step.note,
      at: step.createdAt.toISOString(),
    })),
  };
}
