import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO31661Alpha2, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { COMPLIANCE_STATUSES, type ComplianceStatus } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { Trim, UpperCase } from '../common/validation/transforms';

/** Numbers arrive as strings from CSV imports and query strings; JSON numbers pass untouched. */
const NumberFromText = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value));

export class CreateDatacenterDto {
  @ApiProperty({ example: 'Frankfurt-1' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2 country where the facility stands' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 country code' })
  countryCode!: string;

  @ApiPropertyOptional({ example: 'Frankfurt am Main' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  city?: string;

  @ApiPropertyOptional({ example: 50.1109 })
  @IsOptional()
  @NumberFromText()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'latitude must be a number' })
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number;

  @ApiPropertyOptional({ example: 8.6821 })
  @IsOptional()
  @NumberFromText()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'longitude must be a number' })
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number;

  @ApiPropertyOptional({ description: "Admins only; an operator's own organisation is implied" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class DatacenterQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'DE' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 country code' })
  country?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3] })
  @IsOptional()
  @NumberFromText()
  @IsIn([1, 2, 3], { message: 'tier must be 1, 2 or 3' })
  tier?: 1 | 2 | 3;

  @ApiPropertyOptional({ enum: COMPLIANCE_STATUSES })
  @IsOptional()
  @IsIn(COMPLIANCE_STATUSES, { message: `status must be one of ${COMPLIANCE_STATUSES.join(', ')}` })
  status?: ComplianceStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class ImportDatacentersQuery {
  @ApiPropertyOptional({ description: "Admins only; an operator's own organisation is implied" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
