import { AUTOMATED_FINDING_CODES, type AutomatedFindingCode } from '../finding-codes';
import { FINDING_SEVERITIES } from '../reference/finding-severities';
import type { FindingDraft } from './finding-draft';
import { evidenceHashMismatch, expiredEvidence, invalidSignature } from './rules/integrity-rules';
import { prohibitedHardware, unknownAccelerators, lppThresholdExceeded, igaRequired } from './rules/inventory-rules';
import { transfersToTier3, unexplainedInventoryDecreases } from './rules/inventory-change-rules';
import { datacenterInTier3, inconsistentLocation } from './rules/location-rules';
import { controllerNotTier1, hqNotTier1, restrictedPartyMatches, tier3MilitaryTies } from './rules/party-rules';
import { VerificationContext } from './verification-context';
import type { VerificationFinding, VerificationInput } from './verification-input';

type Rule = (context: VerificationContext) => FindingDraft[];

/**
 * The rule behind each code. EVIDENCE_MISSING has none here: missing evidence blocks submission
 * (`missingForSubmission`), so a submitted attestation never reaches verification without it.
 */
const RULES: Partial<Record<AutomatedFindingCode, Rule>> = {
  SIGNATURE_INVALID: invalidSignature,
  EVIDENCE_HASH_MISMATCH: evidenceHashMismatch,
  EVIDENCE_EXPIRED: expiredEvidence,
  PROHIBITED_HARDWARE: prohibitedHardware,
  UNKNOWN_ACCELERATOR: unknownAccelerators,
  DATACENTER_IN_TIER3: datacenterInTier3,
  HQ_NOT_TIER1: hqNotTier1,
  CONTROLLER_NOT_TIER1: controllerNotTier1,
  RESTRICTED_PARTY_MATCH: restrictedPartyMatches,
  TIER3_MILITARY_TIES: tier3MilitaryTies,
  LPP_THRESHOLD_EXCEEDED: lppThresholdExceeded,
  IGA_REQUIRED: igaRequired,
  INVENTORY_UNEXPLAINED_DECREASE: unexplainedInventoryDecreases,
  TRANSFER_TO_TIER3: transfersToTier3,
  LOCATION_INCONSISTENT: inconsistentLocation,
};

/**
 * Integrity is not a policy choice: a policy that names no control for them still must not accept
 * altered evidence or a forged signature.
 */
const ALWAYS_CHECKED: ReadonlySet<AutomatedFindingCode> = new Set(['EVIDENCE_HASH_MISMATCH', 'SIGNATURE_INVALID']);

const severityRank = (severity: VerificationFinding['severity']): number => FINDING_SEVERITIES.indexOf(severity);
const codeRank = (code: AutomatedFindingCode): number => AUTOMATED_FINDING_CODES.indexOf(code);

/**
 * The automated verification of a submitted attestation: every finding the policy's checks raise
 * on the facts the caller gathered. Pure — the same input gives the same findings in the same
 * order (most severe first, then by code, then by subject), whatever order the caller loaded its
 * rows in. A check runs only when some control of the pack lists its code, except the integrity
 * checks, which always run. Severity comes from the pack; the control is the evidence's first
 * control for rules about one piece of evidence, otherwise the first control listing the code.
 */
export function evaluateAttestation(input: VerificationInput): VerificationFinding[] {
  const { pack } = input;
  const firstControlChecking = new Map<AutomatedFindingCode, string>();
  for (const control of pack.controls) {
    for (const code of control.automatedChecks) if (!firstControlChecking.has(code)) firstControlChecking.set(code, control.id);
  }
  const context = new VerificationContext(input);
  const ranked: { finding: VerificationFinding; sortKey: string }[] = [];
  for (const code of AUTOMATED_FINDING_CODES) {
    const rule = RULES[code];
    if (!rule || !(ALWAYS_CHECKED.has(code) || firstControlChecking.has(code))) continue;
    for (const draft of rule(context)) {
      const controlId = draft.controlId ?? firstControlChecking.get(code);
      const finding: VerificationFinding = {
        code,
        severity: pack.findingSeverities[code],
        message: draft.message,
        ...(controlId ? { controlId } : {}),
        ...(draft.details ? { details: draft.details } : {}),
      };
      ranked.push({ finding, sortKey: draft.sortKey });
    }
  }
  ranked.sort(
    (a, b) =>
      severityRank(a.finding.severity) - severityRank(b.finding.severity) || codeRank(a.finding.code) - codeRank(b.finding.code) || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
  );
  return ranked.map(({ finding }) => finding);
}
