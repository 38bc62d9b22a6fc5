import { Injectable } from '@nestjs/common';
import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { paginate, type Page, type PageRequest } from '../pagination';
import { facilityInJurisdictions, organizationInJurisdictions, scopeJurisdictions, uuidOrNull, type Scope } from '../scope';
import { NotificationEntity } from './notification.entity';

/** Whose inbox: the reader, and the scope of the reader. */
export interface InboxOwner {
  userId: string;
  scope: Scope;
}

/** The filter of the inbox list, beside the page to read. */
export interface InboxPageQuery extends PageRequest {
  unread?: boolean;
}

/**
 * Reads of notifications. An inbox is not applyScope: that decides which records a role may *see*
 * (auditors see every organisation), whereas a notification belongs to its recipients only — the
 * user it names, or the operators of the organisation it names. A reader held to jurisdictions
 * additionally never sees one about an organisation or a facility outside them, even if it was
 * addressed to them (jurisdictions change after the fact).
 */
@Injectable()
export class NotificationStore {
  async inboxPage(manager: EntityManager, owner: InboxOwner, query: InboxPageQuery): Promise<Page<NotificationEntity>> {
    const inbox = this.addressedTo(manager, owner);
    if (query.unread === true) inbox.andWhere('notification.read_at IS NULL');
    if (query.unread === false) inbox.andWhere('notification.read_at IS NOT NULL');
    return paginate(inbox, query);
  }

  /** The notification if it is in the owner's inbox; null for someone else's, as for one that does not exist. */
  async findInInbox(manager: EntityManager, owner: InboxOwner, id: string): Promise<NotificationEntity | null> {
    return this.addressedTo(manager, owner).andWhere('notification.id = :id', { id }).getOne();
  }

  /** How many expiry reminders were written for the attestation (the worker's; no caller scope). */
  async expiryRemindersOf(manager: EntityManager, attestationId: string): Promise<number> {
    const [{ sent }] = (await manager.query(`SELECT count(*)::int AS sent FROM notifications WHERE kind = 'attestation.expiring' AND data->>'attestationId' = $1`, [attestationId])) as {
      sent: number;
    }[];
    return sent;
  }

  private addressedTo(manager: EntityManager, owner: InboxOwner): SelectQueryBuilder<NotificationEntity> {
    const { scope } = owner;
    const inbox = manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where(
        new Brackets((recipient) => {
          recipient.where('notification.user_id = :userId', { userId: owner.userId });
          // Only an operator's scope is an organisation: the notifications addressed to it are the operators'.
          if (scope.kind === 'organization' && scope.organizationId) {
            recipient.orWhere('notification.organization_id = :organizationId', { organizationId: scope.organizationId });
          }
        }),
      );
    const jurisdictions = scopeJurisdictions(scope);
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
