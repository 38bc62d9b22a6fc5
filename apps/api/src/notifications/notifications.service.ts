import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '@tiergate/config';
import { Role, type Principal } from '@tiergate/auth';
import { NotificationEntity, facilityInJurisdictions, organizationInJurisdictions, scopeJurisdictions, scopeOf, uuidOrNull, paginate, type Page } from '@tiergate/persistence';
import { NotFoundError } from '@tiergate/domain';
import type { NotificationQuery } from './notification.dto';

/**
 * The caller's inbox. Not applyScope: that decides which records a role may *see* (auditors see
 * every organisation), whereas a notification belongs to its recipients only — the user it names,
 * or the operators of the organisation it names. A regulator held to jurisdictions additionally
 * never sees one about an organisation or a facility outside them, even if it was addressed to
 * them (jurisdictions change after the fact).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(principal: Principal, query: NotificationQuery): Promise<Page<NotificationEntity>> {
    const inbox = this.addressedTo(principal);
    if (query.unread === true) inbox.andWhere('notification.read_at IS NULL');
    if (query.unread === false) inbox.andWhere('notification.read_at IS NOT NULL');
    return paginate(inbox, query);
  }

  /** Marks it read; reading it again keeps the first time. Someone else's notification is 404. */
  async markRead(id: string, principal: Principal): Promise<NotificationEntity> {
    const notification = await this.addressedTo(principal).andWhere('notification.id = :id', { id }).getOne();
    if (!notification) throw new NotFoundError(`Notification ${id} not found`);
    if (notification.readAt) return notification;
    // Two concurrent reads: only the first sets the time.
    await this.dataSource.getRepository(NotificationEntity).update({ id, readAt: IsNull() }, { readAt: this.clock.now() });
    return this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id });
  }

  private addressedTo(principal: Principal): SelectQueryBuilder<NotificationEntity> {
    const inbox = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where(
        new Brackets((recipient) => {
          recipient.where('notification.user_id = :userId', { userId: principal.userId });
          if (principal.role === Role.Operator && principal.organizationId) {
            recipient.orWhere('notification.organization_id = :organizationId', { organizationId: principal.organizationId });
          }
        }),
      );
    const jurisdictions = scopeJurisdictions(scopeOf(principal));
    if (jurisdictions) {
      // The organisation it names, and the facility its data names (every kind written today carries datacenterId).
      const datacenterId = "notification.data->>'datacenterId'";
      inbox
        .andWhere(`(notification.organization_id IS NULL OR ${organizationInJurisdictions('notification.organization_id', ':scopeJurisdictionList')})`)
        .andWhere(`(${datacenterId} IS NULL OR ${facilityInJurisdictions(uuidOrNull(datacenterId), ':scopeJurisdictionList')})`)
        .setParameter('scopeJurisdictionList', jurisdictions);
    }
    return inbox;
  }
}
