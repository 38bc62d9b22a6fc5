import { Injectable } from '@nestjs/common';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { buildStatusReport, renderStatusReportPdf, type ReportGroupBy, STATUS_REPORT_DEFINITIONS, statusReportCsv, type StatusReportDocument } from '@tiergate/documents';
import { InvalidInputError } from '@tiergate/domain';
import { PolicyVersionStore, type ActivePolicyVersion } from '@tiergate/persistence';
import { AttentionFacilitiesReader } from './attention-facilities.reader';
import { FacilityStatusListReader } from './facility-status-list.reader';
import { reportScopeOf, type ReportScope } from './report-scope';
import { ReportSnapshotReader } from './report-snapshot.reader';
import type { StatusReportFormat } from './report-query.dto';
import { statusReportOscal } from './status-report-oscal';
import { StatusReportReader } from './status-report.reader';
import type { RenderedReport } from './signed-report-response';

/** The printed list stops here: a report of 100,000 facilities must still print; the export has them all. */
const PDF_ATTENTION_LIMIT = 500;
/**
 * OSCAL results are one object per facility, built whole before they are signed: about 2 kB each,
 * so the cap keeps one request from holding hundreds of megabytes. The streamed export has no cap.
 */
export const OSCAL_FACILITY_LIMIT = 20_000;

export interface StatusReportRequest {
  groupBy: ReportGroupBy;
  asOf: Date;
  format: StatusReportFormat;
}

/** The status report in every format, each rendered in full so its bytes can be signed. */
@Injectable()
export class StatusReportService {
  constructor(
    private readonly snapshot: ReportSnapshotReader,
    private readonly policy: PolicyVersionStore,
    private readonly reader: StatusReportReader,
    private readonly attention: AttentionFacilitiesReader,
    private readonly facilities: FacilityStatusListReader,
    private readonly clock: Clock,
  ) {}

  async render(principal: Principal, request: StatusReportRequest): Promise<RenderedReport> {
    const scope = reportScopeOf(principal);
    const policy = await this.policy.active();
    const stamp = request.asOf.toISOString().replace(/[:.]/g, '-');
    switch (request.format) {
      case 'json':
        return { body: json(await this.document(scope, policy, request)), contentType: 'application/json; charset=utf-8' };
      case 'csv': {
        const document = await this.document(scope, policy, request);
        return { body: Buffer.from(statusReportCsv(document), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `status-report-${stamp}.csv` };
      }
      case 'pdf': {
        const [document, attention] = await this.snapshot.run(
          async (manager) => [await this.documentIn(manager, scope, policy, request), await this.attention.read(manager, request.asOf, scope, PDF_ATTENTION_LIMIT)] as const,
        );
        return { body: await renderStatusReportPdf(document, attention), contentType: 'application/pdf', fileName: `status-report-${stamp}.pdf` };
      }
      case 'oscal': {
        const facilities = await this.snapshot.run(async (manager) => {
          const inScope = await this.facilities.count(manager, request.asOf, scope);
          if (inScope > OSCAL_FACILITY_LIMIT) {
            throw new InvalidInputError([
              {
                field: 'format',
                problems: [
                  `oscal lists every facility and covers at most ${OSCAL_FACILITY_LIMIT.toLocaleString('en-US')}; ${inScope.toLocaleString('en-US')} are in scope — ask within fewer jurisdictions, or use GET /reports/datacenters`,
                ],
              },
            ]);
          }
          return this.facilities.read(manager, request.asOf, scope);
        });
        const oscal = statusReportOscal({ asOf: request.asOf, scopeDescription: scope.description, groupBy: request.groupBy, policy, facilities });
        return { body: json(oscal), contentType: 'application/json; charset=utf-8', fileName: `status-report-${stamp}.oscal.json` };
      }
    }
  }

  private document(scope: ReportScope, policy: ActivePolicyVersion, request: StatusReportRequest): Promise<StatusReportDocument> {
    return this.snapshot.run((manager) => this.documentIn(manager, scope, policy, request));
  }

  private async documentIn(manager: Parameters<StatusReportReader['read']>[0], scope: ReportScope, policy: ActivePolicyVersion, request: StatusReportRequest): Promise<StatusReportDocument> {
    const slices = await this.reader.read(manager, request.groupBy, request.asOf, scope);
    const report = buildStatusReport({ groupBy: request.groupBy, asOf: request.asOf, ...slices, countries: policy.countries, classifier: policy.classifier });
    return {
      groupBy: report.groupBy,
      asOf: report.asOf,
      generatedAt: this.clock.now().toISOString(),
      scope: { countries: scope.countries ?? 'all', description: scope.description },
      policy: { id: policy.id, version: policy.version },
      totals: report.totals,
      groups: report.groups,
      definitions: { ...STATUS_REPORT_DEFINITIONS },
    };
  }
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
