import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
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
