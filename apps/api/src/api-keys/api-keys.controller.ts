import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { ApiKeyListQuery, CreateApiKeyDto } from './api-key.dto';
import { toApiKeyView, type ApiKeyView } from './api-key.view';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  /** Operators create keys for their organisation; the key itself is shown only in this answer. */
  @Post()
  @RequirePermission(Permission.ApiKeysManage)
  async create(@Body() body: CreateApiKeyDto, @CurrentPrincipal() principal: Principal): Promise<ApiKeyView & { key: string }> {
    const { apiKey, key } = await this.apiKeys.create(body, principal);
    return { ...toApiKeyView(apiKey), key };
  }

  /** Operators see their organisation's keys; admins any organisation's (`?organizationId=`). */
  @Get()
  @RequirePermission(Permission.ApiKeysRevoke)
  async list(@Query() query: ApiKeyListQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ApiKeyView>> {
    const page = await this.apiKeys.list(principal, query);
    return { items: page.items.map(toApiKeyView), nextCursor: page.nextCursor };
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.ApiKeysRevoke)
  revoke(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.apiKeys.revoke(id, principal);
  }
}
