import type { Claim, ClaimStatus } from '../api-shapes';

/** A claim as the form holds it: the status may not be chosen yet and the statement may be empty. */
export interface ClaimDraft {
  status: ClaimStatus | '';
  statement: string;
}

export type ClaimDrafts = Record<string, ClaimDraft>;

export const EMPTY_CLAIM: ClaimDraft = { status: '', statement: '' };

export function claimDraftsOf(claims: readonly Claim[]): ClaimDrafts {
  return Object.fromEntries(claims.map((claim) => [claim.controlId, { status: claim.status, statement: claim.statement }]));
}

/** Only complete claims are saved (the API needs both); an incomplete one shows as missing on review. */
export function completeClaims(drafts: ClaimDrafts, controlOrder: readonly string[]): Claim[] {
  return controlOrder.flatMap((controlId) => {
    const draft = drafts[controlId];
    if (!draft?.status || draft.statement.trim() === '') return [];
    return [{ controlId, status: draft.status, statement: draft.statement.trim() }];
  });
}
