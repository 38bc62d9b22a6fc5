import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The text parts of an evidence upload; multipart sends everything as strings. */
export class EvidenceFieldsDto {
  @IsString({ message: 'type is required (an evidence type of the policy, e.g. pentest_report)' })
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'type must be a snake_case evidence type such as pentest_report' })
  @MaxLength(64)
  type!: string;

  /** Comma-separated in the form, a list here. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray({ message: 'controlIds is required: comma-separated control ids such as C2-HW-ORIGIN' })
  @ArrayMinSize(1, { message: 'controlIds must name at least one control' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  controlIds!: string[];

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'validUntil must be an ISO 8601 date or time' })
  validUntil?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'observedFrom must be an ISO 8601 date or time' })
  observedFrom?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'observedTo must be an ISO 8601 date or time' })
  observedTo?: string;
}
