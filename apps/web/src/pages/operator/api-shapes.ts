/** Shapes of the API's answers that the operator's pages read (see the views in apps/api/src/**). */

import type { Organization } from '../../api/types';
import type { AttestationStatus } from '../../attestation/attestation-types';

// The attestation's own shapes are shared with the auditor's view of it.
export {
  ATTESTATION_STATUSES,
  type Attestation,
  type AttestationStatus,
  type AttestationSummary,
  type Claim,
  type ClaimStatus,
  type Counterparty,
  type Evidence,
} from '../../attestation/attestation-types';

export type ComplianceStatus = 'unattested' | 'pending' | 'compliant' | 'non_compliant' | 'expired' | 'suspended';

/** As libs/domain's state machine draws it: withdrawal before a decision, amendment after one. */
export const WITHDRAWABLE: readonly AttestationStatus[] = ['draft', 'submitted', 'verifying', 'in_review'];
export const AMENDABLE: readonly AttestationStatus[] = ['approved', 'rejected', 'changes_requested', 'expired'];

export interface Country {
  code: string;
  name: string;
  tier: 1 | 2 | 3;
}

export interface Datacenter {
  id: string;
  organizationId: string;
  name: string;
  countryCode: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  tier: 1 | 2 | 3 | null;
  complianceStatus: ComplianceStatus;
  nextAuditDue: string | null;
  totalAccelerators: number;
  totalTpp: number;
  h100Equivalents: number;
  unknownModels: { vendor: string; model: string; quantity: number }[];
  prohibitedHardware: { vendor: string; model: string; quantity: number; reason?: string }[];
  thresholds: { overLowProcessingThreshold: boolean; overIgaThreshold: boolean; igaInForce: boolean };
  inventory: { revision: number; lineCount: number };
  createdAt: string;
  updatedAt: string;
}

export interface InventoryRevision {
  id: string;
  revision: number;
  lineCount: number;
  totalAccelerators: number;
  changes: { vendor: string; model: string; before: number; after: number; delta: number; reason?: string; destinationCountry?: string }[];
  submittedBy: string;
  createdAt: string;
}

export type Condition = 'C1' | 'C2' | 'C3' | 'C4' | 'C5';

export interface PolicyControl {
  id: string;
  condition: Condition;
  title: string;
  requiredEvidence: string[];
  acceptedEvidence: string[];
  waivable: boolean;
  severity: string;
  reauditDays: number;
}

export interface ActivePolicy {
  id: string;
  version: string;
  title: string;
  evidenceTypes: string[];
  controls: PolicyControl[];
}

export interface Finding {
  id: string;
  attestationId: string;
  datacenterId: string;
  code: string;
  severity: string;
  message: string;
  controlId: string | null;
  source: string;
  status: string;
  response: string | null;
  createdAt: string;
}

export type OwnerKind = 'company' | 'person' | 'state';

export interface Owner {
  name: string;
  country: string;
  kind: OwnerKind;
  percent: number;
  controlling: boolean;
  /** The registered organisation the owner is linked to (set by an admin); sent back unchanged when the form saves. */
  organizationId: string | null;
}

/** GET /organizations/:id: the organisation with its owners and who ultimately controls it. */
export interface OrganizationWithOwnership extends Organization {
  owners: Owner[];
  ultimateController: { name: string; country: string; kind: OwnerKind; chain: string[] };
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface Webhook {
  id: string;
  url: string;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  notificationId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
