import { ATTESTATION_EVENTS } from '@tiergate/domain';

/**
 * Every action the audit chain records. Regulators filter and alert on these names, so a new one
 * is added here, on purpose; a typo at a call site fails to compile instead of writing a name
 * nobody searches for. Entries already in the chain keep whatever name they were written with.
 */
export const AUDIT_ACTIONS = [
  'api_key.created',
  'api_key.revoked',
  'attestation.created',
  // One per step of the attestation lifecycle, written by the state writer.
  ...ATTESTATION_EVENTS.map((event) => `attestation.${event}` as const),
  'auth.login_failed',
  'auth.login_succeeded',
  'auth.token_family_revoked',
  'comment.created',
  'datacenter.created',
  'datacenter.imported',
  'datacenter.inventory_replaced',
  'datacenter.status_changed',
  'evidence.deleted',
  'evidence.uploaded',
  'finding.close_proposed',
  'finding.closed',
  'finding.created',
  'finding.remediated',
  'finding.reopened',
  'job.board_action',
  'job.retried',
  'organization.created',
  'organization.ownership_replaced',
  'organization.signing_keys_replaced',
  'policy.activated',
  'policy.approved',
  'policy.published',
  'review.affiliation_declared',
  'review.affiliation_removal_requested',
  'review.affiliation_removed',
  'review.claimed',
  'review.lease_renewed',
  'review.released',
  'user.created',
  'user.updated',
  'webhook.created',
  'webhook.deleted',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit entry's entityId points at. */
export const AUDIT_ENTITY_TYPES = [
  'api_key',
  'attestation',
  'attestation_comment',
  'auditor_affiliation',
  'datacenter',
  'finding',
  'job',
  'organization',
  'policy_version',
  'queue',
  'review_item',
  'user',
  'webhook',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
