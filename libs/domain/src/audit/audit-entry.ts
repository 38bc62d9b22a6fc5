import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The hash that the first entry of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export type ActorType = 'user' | 'api_key' | 'system';

export interface AuditActor {
  type: ActorType;
  /** User id, API key id, or the name of the system component. */
  id: string | null;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Everything an audit entry says, without its chain links. */
export interface AuditEntryContent {
  seq: number;
  occurredAt: string;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | null;
  payload: JsonObject;
}

export interface ChainedAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

/**
 * The bytes that an entry's hash covers: RFC 8785 canonical JSON of the entry and the previous hash.
 * Canonical JSON makes the hash independent of key order, so entries read back from jsonb verify.
 */
export function auditEntryHashInput(content: AuditEntryContent, prevHash: string): string {
  const canonical = canonicalize({
    seq: content.seq,
    occurredAt: content.occurredAt,
    actorType: content.actor.type,
    actorId: content.actor.id,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    payload: content.payload,
    prevHash,
  });
  if (canonical === undefined) throw new Error('audit entry cannot be encoded as JSON');
  return canonical;
}

export function computeAuditHash(content: AuditEntryContent, prevHash: string): string {
  return createHash('sha256').update(auditEntryHashInput(content, prevHash)).digest('hex');
}

export function chainAuditEntry(content: AuditEntryContent, prevHash: string): ChainedAuditEntry {
  return { ...content, prevHash, hash: computeAuditHash(content, prevHash) };
}
