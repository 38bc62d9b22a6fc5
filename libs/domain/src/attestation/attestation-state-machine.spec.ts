import {
  AMENDABLE_STATUSES,
  ATTESTATION_EVENTS,
  ATTESTATION_STATUSES,
  IllegalTransitionError,
  canTransition,
  eventsFrom,
  isAttestationStatus,
  isDecided,
  isEditable,
  isTerminal,
  transition,
  type AttestationEvent,
  type AttestationStatus,
} from './attestation-state-machine';

// Written from the diagram in docs/architecture.md, independently of the implementation's table: any pair not
// listed here must be refused.
const EXPECTED: Record<AttestationStatus, Partial<Record<AttestationEvent, AttestationStatus>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { start_verification: 'verifying', withdraw: 'withdrawn' },
  verifying: { start_verification: 'verifying', pass_verification: 'in_review', reject_automated: 'rejected', withdraw: 'withdrawn' },
  in_review: {
    record_first_approval: 'in_review',
    approve: 'approved',
    reject: 'rejected',
    request_changes: 'changes_requested',
    withdraw: 'withdrawn',
  },
  approved: { supersede: 'superseded', expire: 'expired' },
  rejected: {},
  changes_requested: {},
  withdrawn: {},
  superseded: {},
  expired: { supersede: 'superseded' },
};

const STATUSES = Object.keys(EXPECTED) as AttestationStatus[];
const EVENTS: AttestationEvent[] = [
  'submit',
  'start_verification',
  'pass_verification',
  'reject_automated',
  'record_first_approval',
  'approve',
  'reject',
  'request_changes',
  'withdraw',
  'supersede',
  'expire',
];

const pairs = STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })));
const allowed = pairs.filter((pair): pair is { from: AttestationStatus; event: AttestationEvent; to: AttestationStatus } => pair.to !== undefined);
const refused = pairs.filter((pair) => pair.to === undefined);

describe('attestation state machine', () => {
  it('knows exactly the statuses and events of the design', () => {
    expect([...ATTESTATION_STATUSES].sort()).toEqual([...STATUSES].sort());
    expect([...ATTESTATION_EVENTS].sort()).toEqual([...EVENTS].sort());
    expect(pairs).toHaveLength(110);
  });

  it.each(allowed)('$from --$event--> $to', ({ from, event, to }) => {
    expect(canTransition(from, event)).toBe(true);
    expect(transition(from, event)).toBe(to);
  });

  it.each(refused)('refuses $event from $from', ({ from, event }) => {
    expect(canTransition(from, event)).toBe(false);
    let thrown: unknown;
    try {
      transition(from, event);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IllegalTransitionError);
    const illegal = thrown as IllegalTransitionError;
    expect(illegal.from).toBe(from);
    expect(illegal.event).toBe(event);
    expect(illegal.message).toMatch(new RegExp(`^cannot .+ an attestation that is ${from}$`));
  });

  it('says in words what was refused', () => {
    expect(() => transition('draft', 'approve')).toThrow('cannot approve an attestation that is draft');
    expect(() => transition('approved', 'withdraw')).toThrow('cannot withdraw an attestation that is approved');
    expect(() => transition('in_review', 'submit')).toThrow('cannot submit an attestation that is in_review');
  });

  it('refuses an event it does not know without crashing', () => {
    const unknown = 'teleport' as AttestationEvent;
    expect(canTransition('draft', unknown)).toBe(false);
    expect(() => transition('draft', unknown)).toThrow('cannot teleport an attestation that is draft');
  });

  it('lists the events possible from a status', () => {
    expect(eventsFrom('in_review')).toEqual(['record_first_approval', 'approve', 'reject', 'request_changes', 'withdraw']);
    expect(eventsFrom('superseded')).toEqual([]);
  });

  it('calls terminal exactly the statuses no event leaves', () => {
    for (const status of STATUSES) {
      expect({ status, terminal: isTerminal(status) }).toEqual({ status, terminal: Object.keys(EXPECTED[status]).length === 0 });
    }
  });

  it('calls decided the outcomes of review and what follows them, never a withdrawal', () => {
    const decided = STATUSES.filter(isDecided).sort();
    expect(decided).toEqual(['approved', 'changes_requested', 'expired', 'rejected', 'superseded']);
  });

  it('lets only a draft be edited', () => {
    expect(STATUSES.filter(isEditable)).toEqual(['draft']);
  });

  it('amends only decided versions that have no successor yet', () => {
    expect([...AMENDABLE_STATUSES].sort()).toEqual(['approved', 'changes_requested', 'expired', 'rejected']);
    for (const status of AMENDABLE_STATUSES) expect(isDecided(status)).toBe(true);
  });

  it('recognises status strings', () => {
    expect(isAttestationStatus('in_review')).toBe(true);
    expect(isAttestationStatus('IN_REVIEW')).toBe(false);
    expect(isAttestationStatus(3)).toBe(false);
  });
});
