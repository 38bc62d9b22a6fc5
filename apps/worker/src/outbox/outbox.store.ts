import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An outbox row not yet handed to BullMQ. */
export interface PendingOutboxRow {
  id: string;
  event_type: string;
  payload: Record<string, unknown>;
}

/** The relay's side of the outbox (the api and the worker append through OutboxWriter). */
@Injectable()
export class OutboxStore {
  /** Locks up to `limit` unsent rows in id order until the transaction ends, skipping those another relay holds. */
  async lockPending(manager: EntityManager, limit: number): Promise<PendingOutboxRow[]> {
    return (await manager.query(
      `SELECT id, event_type, payload FROM outbox
          WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as PendingOutboxRow[];
  }

  /** Marks the rows sent, counting the attempt. */
  async markSent(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query('UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [ids]);
  }
}
