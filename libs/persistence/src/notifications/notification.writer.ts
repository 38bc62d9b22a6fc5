import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '../outbox/outbox.writer';
import { NotificationEntity } from './notification.entity';

export interface NotificationRequest {
  organizationId?: string;
  userId?: string;
  kind: string;
  title: string;
  data?: Record<string, unknown>;
}

/** The one way to tell people something: the notification row and its delivery event, in the caller's transaction. */
@Injectable()
export class NotificationWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async notify(manager: EntityManager, request: NotificationRequest): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error(`notification ${request.kind} must be written inside a transaction`);
    const notification = await manager.save(
      manager.create(NotificationEntity, {
        organizationId: request.organizationId ?? null,
        userId: request.userId ?? null,
        kind: request.kind,
        title: request.title,
        data: request.data ?? {},
      }),
    );
    await this.outbox.append(manager, 'notification.requested', { notificationId: notification.id });
    return notification.id;
  }
}
