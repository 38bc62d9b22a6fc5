import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../common/validation/transforms';

export class NewCommentDto {
  @ApiProperty({ example: 'The updated pentest report covers the management network; see evidence 3.' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(10_000)
  body!: string;
}
