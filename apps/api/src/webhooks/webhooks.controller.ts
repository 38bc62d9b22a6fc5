import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { CreateWebhookDto } from './webhook.dto';
import { toWebhookDeliveryView, toWebhookView, type WebhookDeliveryView, type WebhookView } from './webhook.view';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** The answer carries `secret` (whsec_…), shown only here: receivers verify Standard Webhooks signatures with it. */
  @Post()
  @RequirePermission(Permission.WebhooksManage)
  async create(@Body() body: CreateWebhookDto, @CurrentPrincipal() principal: Principal): Promise<WebhookView & { secret: string }> {
    const { webhook, secret } = await this.webhooks.create(body.url, principal);
    return { ...toWebhookView(webhook), secret };
  }

  @Get()
  @RequirePermission(Permission.WebhooksManage)
  async list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<WebhookView>> {
    const page = await this.webhooks.list(principal, query);
    return { items: page.items.map(toWebhookView), nextCursor: page.nextCursor };
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.WebhooksManage)
  delete(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.webhooks.delete(id, principal);
  }

  /** Every notification sent to the webhook, with attempts and the last outcome. */
  @Get(':id/deliveries')
  @RequirePermission(Permission.WebhooksManage)
  async deliveries(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<WebhookDeliveryView>> {
    const page = await this.webhooks.deliveries(id, principal, query);
    return { items: page.items.map(toWebhookDeliveryView), nextCursor: page.nextCursor };
  }
}
