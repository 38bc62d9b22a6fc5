import type { AutomatedFindingCode } from '../finding-codes';
import type { InventoryChange } from '../inventory/inventory-diff';
import type { PolicyPack } from '../policy-pack.schema';
import type { FindingSeverity } from '../reference/finding-severities';
import type { LocationProbeParse } from './location-probe';

export interface NamedParty {
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
}

/** A direct owner, as the ownership rules see it. */
export interface OwnerParty extends NamedParty {
  kind: 'company' | 'person' | 'state';
  /** Controls the organisation: declared controlling at any share, or holding more than 50%. */
  controls: boolean;
}

/** A restricted-party hit for one screened name, found by the caller with the screening index. */
export interface PartyScreeningMatch {
  subject: 'organization' | 'owner' | 'counterparty' | 'controller';
  /** The screened name as the operator gave it. */
  name: string;
  entryId: string;
  listedName: string;
  /** 0..1; matches under the pack's screeningThreshold are ignored. */
  score: number;
  source: string;
  militaryEndUser: boolean;
  country?: string;
}

export interface VerificationEvidence {
  id: string;
  type: string;
  controlIds: string[];
  validUntil: Date | null;
  /** Whether the stored bytes still hash to the SHA-256 recorded at upload. */
  storedSha256Matches: boolean;
  /** Set by the caller for `location_probe` evidence: the parsed file, or why it is not one. */
  locationProbe?: LocationProbeParse;
}

/** Everything the rules look at; gathered by the caller so that evaluation itself does no I/O. */
export interface VerificationInput {
  pack: PolicyPack;
  datacenter: {
    id: string;
    countryCode: string;
    latitude: number | null;
    longitude: number | null;
    inventoryModels: { vendor: string; model: string; quantity: number }[];
  };
  organization: { name: string; hqCountry: string };
  /** The top of the controlling-owner chain; null when no owner controls the organisation. */
  ultimateController: NamedParty | null;
  owners: OwnerParty[];
  counterparties: (NamedParty & { relationship: string })[];
  screeningMatches: PartyScreeningMatch[];
  evidence: VerificationEvidence[];
  signature: { present: boolean; valid: boolean; reason?: string };
  /** Changes of the inventory revisions since the last approved attestation. */
  inventoryChanges: InventoryChange[];
  /** Country of each registered facility a transfer names, by datacenter id. */
  transferDestinations: Record<string, string>;
  now: Date;
}

export interface VerificationFinding {
  code: AutomatedFindingCode;
  severity: FindingSeverity;
  message: string;
  controlId?: string;
  details?: Record<string, unknown>;
}
