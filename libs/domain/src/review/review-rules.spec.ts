import { affiliationRemovalStep } from './affiliation-removal';
import { findingClosureStep } from './finding-closure';

describe('closing a finding', () => {
  it('closes a non-blocker finding in one step', () => {
    for (const severity of ['major', 'minor', 'info']) expect(findingClosureStep({ severity, closeProposedBy: null }, 'a')).toEqual({ kind: 'close', proposedBy: null });
  });

  it('closes a blocker only when a second auditor confirms the first one’s proposal', () => {
    expect(findingClosureStep({ severity: 'blocker', closeProposedBy: null }, 'a')).toEqual({ kind: 'propose' });
    expect(findingClosureStep({ severity: 'blocker', closeProposedBy: 'a' }, 'a')).toMatchObject({ kind: 'refuse' });
    expect(findingClosureStep({ severity: 'blocker', closeProposedBy: 'a' }, 'b')).toEqual({ kind: 'close', proposedBy: 'a' });
  });
});

describe('withdrawing a conflict-of-interest declaration', () => {
  const declared = { auditorId: 'a', removalRequested: false };
  const requested = { auditorId: 'a', removalRequested: true };

  it('lets the declarer only ask, once', () => {
    expect(affiliationRemovalStep(declared, { id: 'a', role: 'auditor' })).toEqual({ kind: 'request' });
    expect(affiliationRemovalStep(requested, { id: 'a', role: 'auditor' })).toMatchObject({ kind: 'refuse' });
  });

  it('lets another auditor or an admin remove it, once asked', () => {
    expect(affiliationRemovalStep(requested, { id: 'b', role: 'auditor' })).toEqual({ kind: 'remove' });
    expect(affiliationRemovalStep(requested, { id: 'admin', role: 'admin' })).toEqual({ kind: 'remove' });
    expect(affiliationRemovalStep(declared, { id: 'b', role: 'auditor' })).toMatchObject({ kind: 'refuse' });
    expect(affiliationRemovalStep(requested, { id: 'r', role: 'regulator' })).toMatchObject({ kind: 'refuse' });
  });
});
