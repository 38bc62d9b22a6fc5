import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../common/pagination/page';
import { IsIsoTime } from './iso-time.validator';

/** Which entries: every filter given must match; `from` is inclusive and `to` exclusive, so adjacent windows never overlap. */
export class AuditLogFilterQuery {
  @ApiPropertyOptional({ example: 'attestation' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Usually a UUID; system entities may use other ids' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ description: 'A user id, an API key id, or the name of a system component' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  actorId?: string;

  @ApiPropertyOptional({ example: 'attestation.submitted' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ description: 'Entries at or after this time (ISO 8601 with a zone, or a date = midnight UTC)', example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsIsoTime()
  from?: string;

  @ApiPropertyOptional({ description: 'Entries before this time (exclusive)', example: '2026-02-01T00:00:00Z' })
  @IsOptional()
  @IsIsoTime()
  to?: string;
}

/** The filters plus `?limit=&cursor=`, in chain order (by seq). */
export class AuditLogPageQuery extends IntersectionType(AuditLogFilterQuery, PageQuery) {}
