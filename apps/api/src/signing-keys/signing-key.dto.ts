import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Trim } from '../common/validation/transforms';

export class SigningKeyDto {
  @ApiProperty({ description: 'Ed25519 public key, SPKI PEM', example: '-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----' })
  @IsString()
  @MinLength(40)
  @MaxLength(2_000)
  publicKeyPem!: string;

  @ApiPropertyOptional({ example: 'compliance-officer-2026' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  name?: string;
}

export class ReplaceSigningKeysDto {
  @ApiProperty({ type: [SigningKeyDto], description: 'The whole set; an empty list stops requiring signatures' })
  @IsArray()
  @ArrayMaxSize(20)
  // ValidateNested passes an item that is itself an array (`[[{...}]]`) unchecked, and the service then failed on it.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SigningKeyDto)
  keys!: SigningKeyDto[];
}
