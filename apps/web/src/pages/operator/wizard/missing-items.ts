import type { Claim, Condition, Evidence, PolicyControl } from '../api-shapes';

export interface MissingItem {
  condition: Condition;
  controlId: string;
  text: string;
}

/**
 * What stands between the saved draft and submission, by the same rule the API applies on submit
 * (libs/policy `missingForSubmission`): a claim for every control, and on each compliant claim every
 * required evidence type attached to that control.
 */
export function missingItems(controls: readonly PolicyControl[], claims: readonly Claim[], evidence: readonly Evidence[]): MissingItem[] {
  const claimed = new Map(claims.map((claim) => [claim.controlId, claim]));
  const missing: MissingItem[] = [];
  for (const control of controls) {
    const claim = claimed.get(control.id);
    const at = { condition: control.condition, controlId: control.id };
    if (!claim) {
      missing.push({ ...at, text: `${control.id}: no claim (${control.title})` });
      continue;
    }
    if (claim.status !== 'compliant') continue;
    for (const type of missingEvidenceTypes(control, evidence)) missing.push({ ...at, text: `${control.id}: ${type} evidence is required` });
  }
  return missing;
}

export function missingEvidenceTypes(control: PolicyControl, evidence: readonly Evidence[]): string[] {
  return control.requiredEvidence.filter((type) => !evidence.some((item) => item.type === type && item.controlIds.includes(control.id)));
}
