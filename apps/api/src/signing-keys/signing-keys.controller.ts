import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { ReplaceSigningKeysDto } from './signing-key.dto';
import type { SigningKeyView } from './signing-key.view';
import { SigningKeysService } from './signing-keys.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations/:id/signing-keys')
export class SigningKeysController {
  constructor(private readonly signingKeys: SigningKeysService) {}

  /** Replaces the organisation's keys; statements are then verified against them on submit. */
  @Put()
  @RequirePermission(Permission.SigningKeysManage)
  replace(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplaceSigningKeysDto, @CurrentPrincipal() principal: Principal): Promise<Page<SigningKeyView>> {
    return this.signingKeys.replace(id, body.keys, principal);
  }

  @Get()
  @RequirePermission(Permission.OrganizationsRead)
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<Page<SigningKeyView>> {
    return this.signingKeys.list(id, principal);
  }
}
