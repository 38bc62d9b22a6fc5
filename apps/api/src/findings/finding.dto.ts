import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { FINDING_SEVERITIES, FINDING_STATUSES, type FindingSeverity, type FindingStatus } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { Trim, UpperCase } from '../common/validation/transforms';

const FINDING_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const FINDING_CODE_MESSAGE = 'code must be upper-case letters, digits and underscores, like EVIDENCE_EXPIRED';

/** A finding an auditor raises, on its own or with a decision. */
export class NewFindingDto {
  @ApiProperty({ example: 'PENTEST_SCOPE_INCOMPLETE' })
  @UpperCase()
  @Matches(FINDING_CODE, { message: FINDING_CODE_MESSAGE })
  code!: string;

  @ApiProperty({ enum: FINDING_SEVERITIES })
  @IsIn(FINDING_SEVERITIES, { message: `severity must be one of ${FINDING_SEVERITIES.join(', ')}` })
  severity!: FindingSeverity;

  @ApiProperty({ example: 'The penetration test excludes the management network.' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(5_000)
  message!: string;

  @ApiPropertyOptional({ example: 'C4-PENTEST', description: 'One of the attestation’s claimed controls' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(64)
  controlId?: string;
}

/**
 * One body for both sides of a finding: the operator sends `response` with status `remediated`; an
 * auditor sends status `closed` or `open` (reopen), optionally with a `note`. Which fields a caller
 * may send is checked by role in the service, after the finding is found, so another
 * organisation's finding answers 404 whatever the body.
 */
export class UpdateFindingDto {
  @ApiPropertyOptional({ enum: FINDING_STATUSES })
  @IsOptional()
  @IsIn(FINDING_STATUSES, { message: `status must be one of ${FINDING_STATUSES.join(', ')}` })
  status?: FindingStatus;

  @ApiPropertyOptional({ description: "The operator's answer: what was fixed and how" })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(10_000)
  response?: string;

  @ApiPropertyOptional({ description: "An auditor's reason for closing or reopening (kept in the audit chain)" })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(2_000)
  note?: string;
}

export class FindingQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FINDING_STATUSES })
  @IsOptional()
  @IsIn(FINDING_STATUSES, { message: `status must be one of ${FINDING_STATUSES.join(', ')}` })
  status?: FindingStatus;

  @ApiPropertyOptional({ enum: FINDING_SEVERITIES })
  @IsOptional()
  @IsIn(FINDING_SEVERITIES, { message: `severity must be one of ${FINDING_SEVERITIES.join(', ')}` })
  severity?: FindingSeverity;

  @ApiPropertyOptional({ example: 'EVIDENCE_EXPIRED' })
  @IsOptional()
  @UpperCase()
  @Matches(FINDING_CODE, { message: FINDING_CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'datacenterId must be a UUID' })
  datacenterId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'attestationId must be a UUID' })
  attestationId?: string;
}
