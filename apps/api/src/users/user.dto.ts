import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ALL_ROLES, type Role } from '@tiergate/auth';
import { IsOmittable } from '../common/validation/omittable';
import { IsUnambiguousEmail, normalizedEmail } from './email-address';

export const MIN_PASSWORD_LENGTH = 12;

export class CreateUserDto {
  @ApiProperty({ example: 'ops@nordic-compute.example' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizedEmail(value) : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @IsUnambiguousEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(256)
  password!: string;

  @ApiProperty({ enum: ALL_ROLES })
  @IsIn(ALL_ROLES, { message: `role must be one of ${ALL_ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ description: 'required for operators, forbidden for other roles' })
  @IsOptional()
  @IsUUID(undefined, { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ example: ['DE', 'FR'], description: 'regulators only; empty means global' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((code) => (typeof code === 'string' ? code.toUpperCase() : code)) : value))
  @IsISO31661Alpha2({ each: true, message: 'jurisdictions must be ISO 3166-1 alpha-2 country codes' })
  jurisdictions?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled?: boolean;

  @ApiPropertyOptional({ enum: ALL_ROLES })
  @IsOmittable()
  @IsIn(ALL_ROLES, { message: `role must be one of ${ALL_ROLES.join(', ')}` })
  role?: Role;
}
