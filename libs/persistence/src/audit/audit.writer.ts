import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chainAuditEntry, GENESIS_HASH, type AuditActor, type ChainedAuditEntry, type JsonObject } from '@tiergate/domain';
import { Clock } from '@tiergate/config';
import type { AuditAction, AuditEntityType } from './audit-names';

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  payload?: JsonObject;
}

/**
 * Any lock key would do; this one is "audit" in ASCII. It serialises appends across every api and
 * worker replica: without it two transactions could read the same head and fork the chain.
 */
const AUDIT_CHAIN_LOCK_KEY = 0x6175646974;

/** The one way to record a state change: appended inside the caller's transaction. */
@Injectable()
export class AuditWriter {
  constructor(private readonly clock: Clock) {}

  /**
   * Call it last in a transaction: the chain lock is held until commit, so the shorter the rest of
   * the transaction after it, the more writers the chain can take per second.
   */
  async append(manager: EntityManager, record: AuditRecord): Promise<ChainedAuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`audit entry ${record.action} must be written inside a transaction`);
    }
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const [head] = (await manager.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')) as {
      seq: string;
      hash: string;
    }[];

    const entry = chainAuditEntry(
      {
        seq: head ? Number(head.seq) + 1 : 1,
        occurredAt: this.clock.now().toISOString(),
        actor: record.actor,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId ?? null,
        payload: record.payload ?? {},
      },
      head ? head.hash : GENESIS_HASH,
    );

    await manager.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, payload, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [entry.seq, entry.occurredAt, entry.actor.type, entry.actor.id, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.payload), entry.prevHash, entry.hash],
    );
    return entry;
  }
}
