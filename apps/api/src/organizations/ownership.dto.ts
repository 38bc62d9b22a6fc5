import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO31661Alpha2, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CONTROLLING_SHARE_PERCENT, type OwnerKind, type OwnerRecord } from '@tiergate/domain';
import { IsDecimal } from '../common/validation/decimal-places';
import { Trim, UpperCase } from '../common/validation/transforms';

const OWNER_KINDS: OwnerKind[] = ['company', 'person', 'state'];

export class OwnerDto implements OwnerRecord {
  @ApiProperty({ example: 'Fjord Holdings ASA' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'NO' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 country code' })
  country!: string;

  @ApiProperty({ enum: OWNER_KINDS })
  @IsIn(OWNER_KINDS, { message: `kind must be one of ${OWNER_KINDS.join(', ')}` })
  kind!: OwnerKind;

  @ApiProperty({ minimum: 0, maximum: 100, example: 51 })
  @IsDecimal(2, { message: 'percent must be a number with at most 2 decimals' })
  @Min(0)
  @Max(100)
  percent!: number;

  @ApiProperty({ description: `Declared controlling at any share; an owner above ${CONTROLLING_SHARE_PERCENT}% controls whatever this says` })
  @IsBoolean({ message: 'controlling must be true or false' })
  controlling!: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The registered organisation this owner is: an admin may link any; an operator only those already linked into its own ownership tree',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be the id (a UUID) of a registered organisation' })
  organizationId?: string | null;
}

export class ReplaceOwnershipDto {
  @ApiProperty({ type: [OwnerDto] })
  @IsArray()
  @ArrayMaxSize(500)
  // ValidateNested passes an item that is itself an array (`[[{...}]]`) unchecked, and the service then failed on it.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => OwnerDto)
  owners!: OwnerDto[];
}
