import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { Trim } from '../../common/validation/transforms';

export class DeclareAffiliationDto {
  @ApiProperty()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId!: string;

  @ApiPropertyOptional({ example: 'Employed there until 2024' })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(1_000)
  note?: string;
}

export class AffiliationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['requested'], description: "requested: every auditor's declarations whose withdrawal waits for a second person to confirm" })
  @IsOptional()
  @IsIn(['requested'], { message: 'removal must be requested' })
  removal?: 'requested';
}
