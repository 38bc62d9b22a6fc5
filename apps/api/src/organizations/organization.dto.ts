import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim, UpperCase } from '../common/validation/transforms';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Nordic Compute AB' })
  @IsString()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'SE', description: 'ISO 3166-1 alpha-2 country of the headquarters' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'hqCountry must be an ISO 3166-1 alpha-2 country code' })
  hqCountry!: string;

  @ApiPropertyOptional({ example: '5493001KJTIIGC8Y1R12', description: 'Legal Entity Identifier (ISO 17442)' })
  @IsOptional()
  @UpperCase()
  @IsString()
  @Length(20, 20, { message: 'lei must be 20 characters' })
  @Matches(/^[0-9A-Z]{18}[0-9]{2}$/, { message: 'lei must be 18 letters or digits followed by 2 check digits' })
  lei?: string;
}
