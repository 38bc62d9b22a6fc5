import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO31661Alpha2, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ATTESTATION_STATUSES, type AttestationStatus } from '@tiergate/domain';
import { PageQuery } from '../common/pagination/page';
import { Trim, UpperCase } from '../common/validation/transforms';

export class ClaimDto {
  @ApiProperty({ example: 'C2-HW-ORIGIN' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(64)
  controlId!: string;

  @ApiProperty({ enum: ['compliant', 'not_applicable'] })
  @IsIn(['compliant', 'not_applicable'], { message: 'status must be compliant or not_applicable' })
  status!: 'compliant' | 'not_applicable';

  @ApiProperty({ example: 'No accelerator of Chinese origin is installed; see the inventory export.' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(5_000)
  statement!: string;
}

export class CounterpartyDto {
  @ApiProperty({ example: 'Helios Cloud GmbH' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'DE' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 country code' })
  country!: string;

  @ApiProperty({ enum: ['customer', 'partner', 'supplier'] })
  @IsIn(['customer', 'partner', 'supplier'], { message: 'relationship must be customer, partner or supplier' })
  relationship!: 'customer' | 'partner' | 'supplier';
}

export class CreateAttestationDto {
  @ApiProperty({ type: [ClaimDto] })
  @IsArray()
  @ArrayMaxSize(500)
  // ValidateNested passes an item that is itself an array (`[[{...}]]`) unchecked, and the service then failed on it.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ClaimDto)
  claims!: ClaimDto[];

  @ApiPropertyOptional({ type: [CounterpartyDto], description: 'Customers, partners and suppliers to screen (condition C1)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CounterpartyDto)
  counterparties?: CounterpartyDto[];
}

/** Replaces what is given; a draft is re-pinned to the policy version active at the time. */
export class UpdateAttestationDto {
  @ApiPropertyOptional({ type: [ClaimDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ClaimDto)
  claims?: ClaimDto[];

  @ApiPropertyOptional({ type: [CounterpartyDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5_000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CounterpartyDto)
  counterparties?: CounterpartyDto[];
}

export class AttestationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ATTESTATION_STATUSES })
  @IsOptional()
  @IsIn(ATTESTATION_STATUSES, { message: `status must be one of ${ATTESTATION_STATUSES.join(', ')}` })
  status?: AttestationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'datacenterId must be a UUID' })
  datacenterId?: string;
}

export class SubmitAttestationDto {
  @ApiPropertyOptional({
    description: 'DSSE envelope over GET /attestations/:id/statement; required when the organisation has registered signing keys',
    example: { payloadType: 'application/vnd.in-toto+json', payload: '<base64>', signatures: [{ keyid: '<key id>', sig: '<base64>' }] },
  })
  @IsOptional()
  @IsObject({ message: 'signature must be a DSSE envelope object' })
  signature?: Record<string, unknown>;
}
