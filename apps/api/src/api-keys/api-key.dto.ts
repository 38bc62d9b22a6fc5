import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ALL_API_KEY_SCOPES, type ApiKeyScope } from '@tiergate/auth';
import { PageQuery } from '../common/pagination/page';
import { Trim } from '../common/validation/transforms';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'inventory sync' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ALL_API_KEY_SCOPES, isArray: true, example: ['read', 'inventory:write'] })
  @IsArray({ message: `scopes must be a list of ${ALL_API_KEY_SCOPES.join(', ')}` })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat a scope' })
  @IsIn(ALL_API_KEY_SCOPES, { each: true, message: `scopes must each be one of ${ALL_API_KEY_SCOPES.join(', ')}` })
  scopes!: ApiKeyScope[];

  @ApiPropertyOptional({ format: 'date-time', description: 'in the future; without it the key does not expire' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date or time' })
  expiresAt?: string;
}

export class ApiKeyListQuery extends PageQuery {
  @ApiPropertyOptional({ description: "admins: the organisation whose keys to list (all organisations' without it)" })
  @IsOptional()
  @IsUUID(undefined, { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
