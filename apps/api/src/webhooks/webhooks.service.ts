import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { WEBHOOK_SECRET_PREFIX, InvalidInputError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { AuditWriter, WebhookDeliveryEntity, WebhookEntity, WebhookStore, type Page } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import { webhookUrlProblems } from './webhook-url';

export const MAX_WEBHOOKS_PER_ORGANIZATION = 20;

/**
 * An operator's endpoints for its organisation's notifications. Only operators hold the permission,
 * so `principal.organizationId` is always set; another organisation's webhook answers 404.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhookStore,
  ) {}

  /** Returns the webhook and its signing secret, which is never shown again. */
  async create(url: string, principal: Principal): Promise<{ webhook: WebhookEntity; secret: string }> {
    const problems = webhookUrlProblems(url, { production: this.config.NODE_ENV === 'production', allowLoopback: this.config.WEBHOOK_ALLOW_LOOPBACK });
    if (problems.length > 0) throw new InvalidInputError([{ field: 'url', problems }]);
    const organizationId = principal.organizationId as string;
    const secret = `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
    const webhook = await this.dataSource.transaction(async (manager) => {
      // Serialises creations per organisation, so two at once cannot both pass the count.
      await this.webhooks.lockCreationsOf(manager, organizationId);
      if ((await manager.countBy(WebhookEntity, { organizationId })) >= MAX_WEBHOOKS_PER_ORGANIZATION) {
        throw new StateConflictError(`An organisation may have at most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks; delete one first`);
      }
      const created = await manager.save(manager.create(WebhookEntity, { organizationId, url, secret, createdBy: principal.userId }));
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'webhook.created',
        entityType: 'webhook',
        entityId: created.id,
        // The origin only: the audit chain is permanent, and webhook paths often embed a token.
        payload: { organizationId, origin: new URL(url).origin },
      });
      return created;
    });
    return { webhook, secret };
  }

  list(principal: Principal, page: PageQuery): Promise<Page<WebhookEntity>> {
    return this.webhooks.pageOf(this.dataSource.manager, principal.organizationId, page);
  }

  /** Deletes the webhook and its delivery log; deliveries still queued find nothing to send. */
  async delete(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const webhook = await manager.findOneBy(WebhookEntity, { id, organizationId: principal.organizationId as string });
      if (!webhook) throw new NotFoundError(`Webhook ${id} not found`);
      await manager.delete(WebhookDeliveryEntity, { webhookId: id });
      await manager.delete(WebhookEntity, { id });
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'webhook.deleted',
        entityType: 'webhook',
        entityId: id,
        payload: { organizationId: webhook.organizationId, origin: new URL(webhook.url).origin },
      });
    });
  }

  async deliveries(id: string, principal: Principal, page: PageQuery): Promise<Page<WebhookDeliveryEntity>> {
    const webhook = await this.dataSource.getRepository(WebhookEntity).findOneBy({ id, organizationId: principal.organizationId as string });
    if (!webhook) throw new NotFoundError(`Webhook ${id} not found`);
    return this.webhooks.deliveriesPage(this.dataSource.manager, webhook.id, page);
  }
}
