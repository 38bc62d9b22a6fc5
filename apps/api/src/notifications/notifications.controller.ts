import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { NotificationQuery } from './notification.dto';
import { toNotificationView, type NotificationView } from './notification.view';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Addressed to the caller, or (operators) to the caller's organisation; oldest first. */
  @Get()
  @RequirePermission(Permission.NotificationsRead)
  async list(@Query() query: NotificationQuery, @CurrentPrincipal() principal: Principal): Promise<Page<NotificationView>> {
    const page = await this.notifications.list(principal, query);
    return { items: page.items.map(toNotificationView), nextCursor: page.nextCursor };
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission(Permission.NotificationsRead)
  async markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<NotificationView> {
    return toNotificationView(await this.notifications.markRead(id, principal));
  }
}
