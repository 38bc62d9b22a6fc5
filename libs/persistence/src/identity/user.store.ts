import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { paginate, type Page, type PageRequest } from '../pagination';
import { UserEntity } from './user.entity';

/** Whom a notification is addressed to: one user, or (without one) the operators of its organisation. */
export interface NotificationAddressee {
  userId: string | null;
  organizationId: string | null;
}

/** User accounts: the admins' list, the first admin's creation lock, and the worker's email recipients. */
@Injectable()
export class UserStore {
  /** A page of every account (the route is the admins'). */
  async page(manager: EntityManager, page: PageRequest): Promise<Page<UserEntity>> {
    return paginate(manager.getRepository(UserEntity).createQueryBuilder('user'), page);
  }

  /** Holds the first admin's creation until the transaction ends, so two replicas starting together create one. */
  async lockAdminBootstrap(manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('tiergate.bootstrap-admin'))");
  }

  /** The email addresses of the enabled users a notification goes to (the worker's; no caller scope). */
  async recipientEmails(manager: EntityManager, addressee: NotificationAddressee): Promise<string[]> {
    const recipients = (await manager.query(
      addressee.userId ? 'SELECT email FROM users WHERE id = $1 AND NOT disabled' : `SELECT email FROM users WHERE organization_id = $1 AND role = 'operator' AND NOT disabled`,
      [addressee.userId ?? addressee.organizationId],
    )) as { email: string }[];
    return recipients.map((recipient) => recipient.email);
  }
}
