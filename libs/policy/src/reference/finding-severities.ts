import type { AutomatedFindingCode } from '../finding-codes';

/** How bad a finding is; `blocker` findings reject an attestation without waiting for an auditor. */
export const FINDING_SEVERITIES = ['blocker', 'major', 'minor', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * The severity each automated finding gets unless a policy version says otherwise. Regulators own
 * these: a pack may override any of them, and a pack stored before the field existed takes these.
 * Blockers are the conditions that disqualify outright (Tier 3 exposure, Chinese-origin chips,
 * broken integrity, control outside Tier 1); majors need a human to weigh them; an unknown chip
 * only means the catalog is behind.
 */
export const REFERENCE_FINDING_SEVERITIES: Readonly<Record<AutomatedFindingCode, FindingSeverity>> = Object.freeze({
  PROHIBITED_HARDWARE: 'blocker',
  DATACENTER_IN_TIER3: 'blocker',
  TRANSFER_TO_TIER3: 'blocker',
  TIER3_MILITARY_TIES: 'blocker',
  EVIDENCE_HASH_MISMATCH: 'blocker',
  SIGNATURE_INVALID: 'blocker',
  HQ_NOT_TIER1: 'blocker',
  CONTROLLER_NOT_TIER1: 'blocker',
  IGA_REQUIRED: 'blocker',
  RESTRICTED_PARTY_MATCH: 'major',
  INVENTORY_UNEXPLAINED_DECREASE: 'major',
  LPP_THRESHOLD_EXCEEDED: 'major',
  LOCATION_INCONSISTENT: 'major',
  EVIDENCE_EXPIRED: 'major',
  EVIDENCE_MISSING: 'major',
  UNKNOWN_ACCELERATOR: 'minor',
});

/** Restricted-party match score (0..1) at or above which a name counts as a match. */
export const REFERENCE_SCREENING_THRESHOLD = 0.88;
