/** Severities one auditor must not close alone: closing one is what lets an approval through. */
export const TWO_AUDITOR_CLOSURE_SEVERITIES: readonly string[] = ['blocker'];

export type FindingClosureStep = { kind: 'close'; proposedBy: string | null } | { kind: 'propose' } | { kind: 'refuse'; reason: string };

/**
 * What an auditor's "close" does to a finding. Most close at once; a blocker closes in two steps:
 * the first auditor proposes (the finding stays open and still bars approval), a different auditor
 * confirms. Who may take either step at all (lease holder, not affiliated) is checked beforehand.
 */
export function findingClosureStep(finding: { severity: string; closeProposedBy: string | null }, auditorId: string): FindingClosureStep {
  if (!TWO_AUDITOR_CLOSURE_SEVERITIES.includes(finding.severity)) return { kind: 'close', proposedBy: null };
  if (finding.closeProposedBy === null) return { kind: 'propose' };
  if (finding.closeProposedBy === auditorId) {
    return { kind: 'refuse', reason: 'You proposed closing this blocker; a second auditor must confirm it' };
  }
  return { kind: 'close', proposedBy: finding.closeProposedBy };
}
