export type AffiliationRemovalStep = { kind: 'request' } | { kind: 'remove' } | { kind: 'refuse'; reason: string };

/**
 * Withdrawing a conflict-of-interest declaration takes two people: the auditor who declared it
 * asks, and only an admin or another auditor removes it. Until then it stays in force (its items
 * stay out of the declarer's reach). Nobody removes a declaration its author did not ask to withdraw.
 */
export function affiliationRemovalStep(affiliation: { auditorId: string; removalRequested: boolean }, caller: { id: string; role: string }): AffiliationRemovalStep {
  if (caller.id === affiliation.auditorId) {
    return affiliation.removalRequested ? { kind: 'refuse', reason: 'You already asked to withdraw this declaration; an admin or another auditor must confirm it' } : { kind: 'request' };
  }
  if (caller.role !== 'auditor' && caller.role !== 'admin') return { kind: 'refuse', reason: 'Only an admin or another auditor confirms the withdrawal of a declaration' };
  if (!affiliation.removalRequested) return { kind: 'refuse', reason: 'The declaring auditor has not asked to withdraw this declaration' };
  return { kind: 'remove' };
}
