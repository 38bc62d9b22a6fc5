import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { REVIEW_DECISIONS, type ReviewDecision } from '@tiergate/persistence';
import { Trim } from '../../common/validation/transforms';
import { NewFindingDto } from '../../findings/finding.dto';

export const MIN_RATIONALE_LENGTH = 20;

export class DecisionDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS, { message: `decision must be one of ${REVIEW_DECISIONS.join(', ')}` })
  decision!: ReviewDecision;

  @ApiProperty({ minLength: MIN_RATIONALE_LENGTH, example: 'All controls evidenced; pentest current; ownership chain ends in a Tier 1 parent.' })
  @IsString()
  @Trim()
  @MinLength(MIN_RATIONALE_LENGTH, { message: `rationale must be at least ${MIN_RATIONALE_LENGTH} characters: say why` })
  @MaxLength(10_000)
  rationale!: string;

  @ApiPropertyOptional({ type: [NewFindingDto], description: 'Findings raised with the decision' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  // ValidateNested passes an item that is itself an array (`[[{...}]]`) unchecked, and the service then failed on it.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => NewFindingDto)
  findings?: NewFindingDto[];
}
