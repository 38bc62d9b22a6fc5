import { StateConflictError } from '../errors/domain-errors';

/**
 * The lifecycle of one attestation version (docs/architecture.md, "Domain model"), as data. Every status
 * change goes through `transition`, so a step the diagram does not draw can never be written.
 */

export const ATTESTATION_STATUSES = ['draft', 'submitted', 'verifying', 'in_review', 'approved', 'rejected', 'changes_requested', 'withdrawn', 'superseded', 'expired'] as const;

export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

export const ATTESTATION_EVENTS = [
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
] as const;

export type AttestationEvent = (typeof ATTESTATION_EVENTS)[number];

interface EventRule {
  from: readonly AttestationStatus[];
  to: AttestationStatus;
  /** Completes "cannot … an attestation that is <status>". */
  phrase: string;
}

const RULES: Readonly<Record<AttestationEvent, EventRule>> = {
  submit: { from: ['draft'], to: 'submitted', phrase: 'submit' },
  // verifying → verifying: a worker job that is retried after a crash starts again harmlessly.
  start_verification: { from: ['submitted', 'verifying'], to: 'verifying', phrase: 'start verification of' },
  pass_verification: { from: ['verifying'], to: 'in_review', phrase: 'pass verification of' },
  reject_automated: { from: ['verifying'], to: 'rejected', phrase: 'automatically reject' },
  // Four eyes: the first of two approvals is recorded without leaving review.
  record_first_approval: { from: ['in_review'], to: 'in_review', phrase: 'record a first approval of' },
  approve: { from: ['in_review'], to: 'approved', phrase: 'approve' },
  reject: { from: ['in_review'], to: 'rejected', phrase: 'reject' },
  request_changes: { from: ['in_review'], to: 'changes_requested', phrase: 'request changes to' },
  // "Before a decision": once an auditor or the automated checks have decided, the record stands.
  withdraw: { from: ['draft', 'submitted', 'verifying', 'in_review'], to: 'withdrawn', phrase: 'withdraw' },
  // An expired version is superseded too when its renewal is approved, so the history reads cleanly.
  supersede: { from: ['approved', 'expired'], to: 'superseded', phrase: 'supersede' },
  expire: { from: ['approved'], to: 'expired', phrase: 'expire' },
};

/** Statuses no event leaves; a change from here is a new version (an amendment), not a transition. */
export const TERMINAL_STATUSES: readonly AttestationStatus[] = ['rejected', 'changes_requested', 'withdrawn', 'superseded'];

/** Statuses reached through a decision on the version (by an auditor or the automated checks), or after one. */
export const DECIDED_STATUSES: readonly AttestationStatus[] = ['approved', 'rejected', 'changes_requested', 'expired', 'superseded'];

/** An amendment starts a new draft version from one of these; a superseded one already has its successor. */
export const AMENDABLE_STATUSES = ['approved', 'rejected', 'changes_requested', 'expired'] as const satisfies readonly AttestationStatus[];

/** A step the lifecycle forbids is a conflict with the attestation's current state (409 at the API). */
export class IllegalTransitionError extends StateConflictError {
  constructor(
    readonly from: AttestationStatus,
    readonly event: AttestationEvent,
  ) {
    super(refusal(from, event));
    this.name = 'IllegalTransitionError';
  }
}

function refusal(from: AttestationStatus, event: AttestationEvent): string {
  // Callers may pass an unchecked string; the message must still read, not crash.
  const rule = RULES[event] as EventRule | undefined;
  return `cannot ${rule?.phrase ?? event} an attestation that is ${from}`;
}

export function canTransition(from: AttestationStatus, event: AttestationEvent): boolean {
  const rule = RULES[event] as EventRule | undefined;
  return rule !== undefined && rule.from.includes(from);
}

/** The status `event` leads to from `from`; throws IllegalTransitionError for a step the lifecycle forbids. */
export function transition(from: AttestationStatus, event: AttestationEvent): AttestationStatus {
  if (!canTransition(from, event)) throw new IllegalTransitionError(from, event);
  return RULES[event].to;
}

/** The events that may happen to an attestation in `status`, in the order of ATTESTATION_EVENTS. */
export function eventsFrom(status: AttestationStatus): AttestationEvent[] {
  return ATTESTATION_EVENTS.filter((event) => canTransition(status, event));
}

export function isTerminal(status: AttestationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isDecided(status: AttestationStatus): boolean {
  return DECIDED_STATUSES.includes(status);
}

/** Only a draft's claims and evidence may change; submission freezes the signed statement. */
export function isEditable(status: AttestationStatus): boolean {
  return status === 'draft';
}

export function isAttestationStatus(value: unknown): value is AttestationStatus {
  return typeof value === 'string' && (ATTESTATION_STATUSES as readonly string[]).includes(value);
}
