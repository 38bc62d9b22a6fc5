import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxEventPayloads, OutboxEventType } from '@tiergate/jobs';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * The one way to announce background work: the event is a row in the caller's transaction,
 * so it exists if and only if the change it describes was committed.
 */
@Injectable()
export class OutboxWriter {
  async append<T extends OutboxEventType>(manager: EntityManager, eventType: T, payload: OutboxEventPayloads[T]): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox event ${eventType} must be written inside a transaction`);
    }
    const result = await manager.insert(OutboxEventEntity, { eventType, payload: { ...payload } });
    return String(result.identifiers[0].id);
  }
}
