import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import type { ApiKeyEntity } from '@tiergate/persistence';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { PageQuery, type Page } from '../common/pagination/page';
import { ApiKeysService } from './api-keys.service';
import { Trim } from '../common/validation/transforms';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'inventory sync' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(100)
  name!: string;
}

interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  organizationId: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

function toApiKeyView(apiKey: ApiKeyEntity): ApiKeyView {
  return {
    id: apiKey.id,
    name: apiKey.name,
    prefix: apiKey.prefix,
    organizationId: apiKey.organizationId,
    lastUsedAt: apiKey.lastUsedAt?.toISOString() ?? null,
    revokedAt: apiKey.revokedAt?.toISOString() ?? null,
    createdAt: apiKey.createdAt.toISOString(),
  };
}

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @RequirePermission(Permission.ApiKeysManage)
  async create(@Body() body: CreateApiKeyDto, @CurrentPrincipal() principal: Principal): Promise<ApiKeyView & { key: string }> {
    const { apiKey, key } = await this.apiKeys.create(body.name, principal);
    return { ...toApiKeyView(apiKey), key };
  }

  @Get()
  @RequirePermission(Permission.ApiKeysManage)
  async list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ApiKeyView>> {
    const page = await this.apiKeys.list(principal, query);
    return { items: page.items.map(toApiKeyView), nextCursor: page.nextCursor };
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.ApiKeysManage)
  revoke(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.apiKeys.revoke(id, principal);
  }
}
