import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REPORT_GROUP_BY, type ReportGroupBy } from '@tiergate/documents';

export const STATUS_REPORT_FORMATS = ['json', 'csv', 'pdf', 'oscal'] as const;
export type StatusReportFormat = (typeof STATUS_REPORT_FORMATS)[number];

export const DATACENTER_EXPORT_FORMATS = ['csv', 'json'] as const;
export type DatacenterExportFormat = (typeof DATACENTER_EXPORT_FORMATS)[number];

export class StatusReportQuery {
  @ApiPropertyOptional({ enum: REPORT_GROUP_BY, default: 'country' })
  @IsOptional()
  @IsIn(REPORT_GROUP_BY, { message: `groupBy must be one of ${REPORT_GROUP_BY.join(', ')}` })
  groupBy?: ReportGroupBy;

  @ApiPropertyOptional({ description: 'ISO 8601 time the report describes (default now; never in the future)', example: '2026-01-31T23:59:59Z' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  asOf?: string;

  @ApiPropertyOptional({ enum: STATUS_REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(STATUS_REPORT_FORMATS, { message: `format must be one of ${STATUS_REPORT_FORMATS.join(', ')}` })
  format?: StatusReportFormat;
}

export class DatacenterExportQuery {
  @ApiPropertyOptional({ enum: DATACENTER_EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(DATACENTER_EXPORT_FORMATS, { message: `format must be one of ${DATACENTER_EXPORT_FORMATS.join(', ')}` })
  format?: DatacenterExportFormat;
}
