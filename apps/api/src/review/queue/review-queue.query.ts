import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';
import { FINDING_SEVERITIES, type FindingSeverity } from '@tiergate/persistence';
import { PageQuery } from '../../common/pagination/page';
import { UpperCase } from '../../common/validation/transforms';

export const CLAIM_FILTERS = ['unclaimed', 'mine'] as const;
export type ClaimFilter = (typeof CLAIM_FILTERS)[number];

export class ReviewQueueQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'DE' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 country code' })
  country?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3], description: 'Tier of the facility’s country under the active policy' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsIn([1, 2, 3], { message: 'tier must be 1, 2 or 3' })
  tier?: 1 | 2 | 3;

  @ApiPropertyOptional({ enum: FINDING_SEVERITIES, description: 'Only items with an open finding of this severity' })
  @IsOptional()
  @IsIn(FINDING_SEVERITIES, { message: `severity must be one of ${FINDING_SEVERITIES.join(', ')}` })
  severity?: FindingSeverity;

  @ApiPropertyOptional({ enum: CLAIM_FILTERS, description: 'unclaimed: nobody holds a live lease; mine: the caller holds one' })
  @IsOptional()
  @IsIn(CLAIM_FILTERS, { message: `claim must be ${CLAIM_FILTERS.join(' or ')}` })
  claim?: ClaimFilter;
}
