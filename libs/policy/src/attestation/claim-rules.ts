import type { PolicyPack } from '../policy-pack.schema';

export interface ClaimInput {
  controlId: string;
  status: 'compliant' | 'not_applicable';
  statement: string;
}

export interface EvidenceInput {
  type: string;
  controlIds: string[];
}

/** A problem with one claim, located as `claims[i].field` so the 400 names it. */
export interface ClaimProblem {
  field: string;
  problem: string;
}

/** Claims must name controls of the policy version, once each, and waive only what may be waived. */
export function claimProblems(claims: readonly ClaimInput[], pack: Pick<PolicyPack, 'controls'>): ClaimProblem[] {
  const controls = new Map(pack.controls.map((control) => [control.id, control]));
  const firstIndex = new Map<string, number>();
  const problems: ClaimProblem[] = [];
  claims.forEach((claim, index) => {
    const control = controls.get(claim.controlId);
    if (!control) {
      problems.push({ field: `claims[${index}].controlId`, problem: `${claim.controlId} is not a control of this policy version` });
      return;
    }
    const earlier = firstIndex.get(claim.controlId);
    if (earlier !== undefined) problems.push({ field: `claims[${index}].controlId`, problem: `${claim.controlId} is already claimed in claims[${earlier}]` });
    else firstIndex.set(claim.controlId, index);
    if (claim.status === 'not_applicable' && !control.waivable) {
      problems.push({ field: `claims[${index}].status`, problem: `${claim.controlId} cannot be waived: it must be claimed compliant` });
    }
  });
  return problems;
}

/** Evidence must be of a type the policy knows and attach to controls that take that type. */
export function evidenceProblems(evidence: EvidenceInput, pack: Pick<PolicyPack, 'controls' | 'evidenceTypes'>): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (!pack.evidenceTypes.includes(evidence.type)) {
    problems.push({ field: 'type', problem: `${evidence.type} is not an evidence type of this policy version (${pack.evidenceTypes.join(', ')})` });
  }
  const controls = new Map(pack.controls.map((control) => [control.id, control]));
  if (evidence.controlIds.length === 0) problems.push({ field: 'controlIds', problem: 'name at least one control the evidence supports' });
  for (const controlId of evidence.controlIds) {
    const control = controls.get(controlId);
    if (!control) problems.push({ field: 'controlIds', problem: `${controlId} is not a control of this policy version` });
    else if (![...control.requiredEvidence, ...control.acceptedEvidence].includes(evidence.type)) {
      problems.push({ field: 'controlIds', problem: `${controlId} does not take ${evidence.type} evidence` });
    }
  }
  return problems;
}

/**
 * What stands between a draft and submission: every control claimed, and every evidence type a
 * compliant claim requires attached to that control. Each missing item is listed.
 */
export function missingForSubmission(claims: readonly ClaimInput[], evidence: readonly EvidenceInput[], pack: Pick<PolicyPack, 'controls'>): string[] {
  const claimed = new Map(claims.map((claim) => [claim.controlId, claim]));
  const missing: string[] = [];
  for (const control of pack.controls) {
    const claim = claimed.get(control.id);
    if (!claim) {
      missing.push(`${control.id}: no claim (${control.title})`);
      continue;
    }
    if (claim.status !== 'compliant') continue;
    for (const type of control.requiredEvidence) {
      if (!evidence.some((item) => item.type === type && item.controlIds.includes(control.id))) missing.push(`${control.id}: ${type} evidence is required`);
    }
  }
  return missing;
}
