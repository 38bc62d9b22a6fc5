import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { NotificationEntity, NotificationStore, scopeOf, type InboxOwner, type Page } from '@tiergate/persistence';
import { NotFoundError } from '@tiergate/domain';
import type { NotificationQuery } from './notification.dto';

/**
 * The caller's inbox: the notifications addressed to the caller, or to the caller's organisation
 * when the caller is its operator, held to the caller's jurisdictions (NotificationStore).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationStore,
  ) {}

  list(principal: Principal, query: NotificationQuery): Promise<Page<NotificationEntity>> {
    return this.notifications.inboxPage(this.dataSource.manager, inboxOf(principal), query);
  }

  /** Marks it read; reading it again keeps the first time. Someone else's notification is 404. */
  async markRead(id: string, principal: Principal): Promise<NotificationEntity> {
    const notification = await this.notifications.findInInbox(this.dataSource.manager, inboxOf(principal), id);
    if (!notification) throw new NotFoundError(`Notification ${id} not found`);
    if (notification.readAt) return notification;
    // Two concurrent reads: only the first sets the time.
    await this.dataSource.getRepository(NotificationEntity).update({ id, readAt: IsNull() }, { readAt: this.clock.now() });
    return this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id });
  }
}

function inboxOf(principal: Principal): InboxOwner {
  return { userId: principal.userId, scope: scopeOf(principal) };
}
