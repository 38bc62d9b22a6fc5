import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ScreenNamesDto {
  @ApiProperty({ example: ['Huawei Technology Company Limited', 'Helios Cloud GmbH'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1_000)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(300, { each: true })
  names!: string[];

  @ApiPropertyOptional({ description: "Minimum score 0–1; defaults to the active policy's screeningThreshold" })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(1)
  threshold?: number;
}
