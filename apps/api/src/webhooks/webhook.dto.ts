import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Trim } from '../common/validation/transforms';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.example.com/tiergate', description: 'https; http is accepted only outside production' })
  @IsString()
  @Trim()
  @MaxLength(2_000)
  url!: string;
}
