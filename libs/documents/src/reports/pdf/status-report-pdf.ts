import PDFDocument from 'pdfkit';
import type { AttentionList } from '../attention-list';
import { FACILITY_STATUSES } from '../facility-status';
import type { StatusFigures, StatusReportGroup } from '../status-report';
import type { StatusReportDocument } from '../status-report-document';
import { drawPdfTable, type PdfColumn } from './pdf-table';
import { STATUS_LABELS, formatFigure } from './pdf-format';
import { drawStatusBarChart, statusBarChartHeight } from './status-bar-chart';

/** Bars beyond this many groups would not fit a page; the chart shows the largest ones and says so. */
const CHART_GROUPS = 20;
/** Summary rows printed at most (grouped by organisation, a platform may have thousands); the rest are summed in one row. */
const TABLE_GROUPS = 250;

const GROUP_HEADINGS: Record<StatusReportDocument['groupBy'], string> = { country: 'Country', tier: 'Tier', organization: 'Organisation' };

const SUMMARY_COLUMNS: PdfColumn[] = [
  { heading: 'Group', width: 140 },
  { heading: 'Facilities', width: 50, align: 'right' },
  // Non-compliant is the longest heading: its column is wider so no heading wraps.
  ...FACILITY_STATUSES.map((status): PdfColumn => ({ heading: STATUS_LABELS[status], width: status === 'non_compliant' ? 64 : 52, align: 'right' })),
  { heading: 'H100-eq.', width: 70, align: 'right' },
  { heading: 'Accelerators', width: 62, align: 'right' },
  { heading: 'Overdue', width: 44, align: 'right' },
  { heading: 'Findings B/M/m/i', width: 78, align: 'right' },
];

const ATTENTION_COLUMNS: PdfColumn[] = [
  { heading: 'Facility', width: 200 },
  { heading: 'Organisation', width: 200 },
  { heading: 'Country', width: 50 },
  { heading: 'Status', width: 150 },
  { heading: 'Next audit due', width: 120 },
];

/**
 * The status report as a printable document: title, scope, as-of time, totals, the summary table,
 * a chart of status per group and the facilities needing attention. Uncompressed content streams
 * (a few kilobytes more) keep the text extractable by any tool, the tests included.
 */
export function renderStatusReportPdf(report: StatusReportDocument, attention: AttentionList): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    compress: false,
    // Pages stay in memory until the end so each footer can say "page i of n"; a report is a few pages.
    bufferPages: true,
    info: { Title: `Tiergate facility status report as of ${report.asOf}`, Author: 'Tiergate', Subject: `Scope: ${report.scope.description}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(18).text('Tiergate facility status report');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  for (const line of [`Scope: ${report.scope.description}`, `As of: ${report.asOf}`, `Grouped by: ${report.groupBy}`, `Policy version: ${report.policy.version}`, `Generated: ${report.generatedAt}`]) {
    doc.text(line);
  }

  heading(doc, 'Totals');
  for (const line of totalsLines(report.totals)) doc.text(line);

  heading(doc, `Summary by ${report.groupBy}`);
  drawPdfTable(doc, SUMMARY_COLUMNS, [...summaryRows(report.groups), { cells: figureCells('Total', report.totals), bold: true }]);
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor('#444444')
    .text(`H100-equivalents and accelerators count facilities compliant at the as-of time. ${report.definitions.openFindings ?? ''}`, { width });
  doc.fillColor('#000000');

  const charted = chartGroups(report.groups);
  if (doc.y + 30 + statusBarChartHeight(charted.length) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  heading(doc, `Facilities by status and ${GROUP_HEADINGS[report.groupBy].toLowerCase()}${charted.length < report.groups.length ? ` (the ${charted.length} largest of ${report.groups.length})` : ''}`);
  drawStatusBarChart(doc, charted, width);

  doc.addPage();
  heading(doc, 'Non-compliant, suspended and overdue facilities');
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(
      attention.total === 0
        ? 'None at the as-of time.'
        : `${formatFigure(attention.total)} facilities${attention.facilities.length < attention.total ? `; the first ${formatFigure(attention.facilities.length)} are listed (the full list is in GET /reports/datacenters)` : ''}.`,
    );
  doc.moveDown(0.5);
  if (attention.facilities.length > 0) {
    drawPdfTable(
      doc,
      ATTENTION_COLUMNS,
      attention.facilities.map((facility) => ({
        cells: [
          facility.name,
          facility.organization,
          facility.countryCode,
          facility.overdue ? 'Compliant, re-audit overdue' : (STATUS_LABELS[facility.status as keyof typeof STATUS_LABELS] ?? facility.status),
          facility.nextAuditDue?.slice(0, 10) ?? '',
        ],
      })),
    );
  }
  drawFooters(doc, report);
  doc.end();
  return done;
}

/** Every printed page says what it belongs to, so a loose page is still attributable. */
function drawFooters(doc: PDFKit.PDFDocument, report: StatusReportDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would make pdfkit start a new page; the footer lives there, so lift the margin while drawing it.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#666666')
      .text(`Tiergate status report as of ${report.asOf} · ${report.scope.description} · page ${index - start + 1} of ${count}`, doc.page.margins.left, doc.page.height - bottomMargin + 12, {
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.fillColor('#000000');
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text, doc.page.margins.left);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

/** One short line per figure: printed text that reads (and extracts) without the table's columns. */
export function totalsLines(totals: StatusFigures): string[] {
  return [
    `Facilities: ${formatFigure(totals.datacenters)}`,
    ...FACILITY_STATUSES.map((status) => `${STATUS_LABELS[status]}: ${formatFigure(totals.byStatus[status])}`),
    `H100-equivalents under approved attestations: ${formatFigure(totals.h100Equivalents)}`,
    `Accelerators under approved attestations: ${formatFigure(totals.accelerators)}`,
    `Overdue re-audits: ${formatFigure(totals.overdueReaudits)}`,
    `Open findings: blocker ${formatFigure(totals.openFindings.blocker)}, major ${formatFigure(totals.openFindings.major)}, minor ${formatFigure(totals.openFindings.minor)}, info ${formatFigure(totals.openFindings.info)}`,
  ];
}

function figureCells(label: string, figures: StatusFigures): string[] {
  const findings = figures.openFindings;
  return [
    label,
    formatFigure(figures.datacenters),
    ...FACILITY_STATUSES.map((status) => formatFigure(figures.byStatus[status])),
    formatFigure(figures.h100Equivalents),
    formatFigure(figures.accelerators),
    formatFigure(figures.overdueReaudits),
    `${findings.blocker}/${findings.major}/${findings.minor}/${findings.info}`,
  ];
}

/** The groups in report order; past TABLE_GROUPS, the largest ones, and a row summing the others. */
function summaryRows(groups: readonly StatusReportGroup[]): { cells: string[] }[] {
  if (groups.length <= TABLE_GROUPS) return groups.map((group) => ({ cells: figureCells(group.label, group) }));
  const largest = new Set([...groups].sort((a, b) => b.datacenters - a.datacenters).slice(0, TABLE_GROUPS));
  const others = groups.filter((group) => !largest.has(group));
  return [
    ...groups.filter((group) => largest.has(group)).map((group) => ({ cells: figureCells(group.label, group) })),
    { cells: figureCells(`${others.length.toLocaleString('en-US')} smaller groups`, sumFigures(others)) },
  ];
}

function sumFigures(groups: readonly StatusFigures[]): StatusFigures {
  const sum = (pick: (figures: StatusFigures) => number) => groups.reduce((total, figures) => total + pick(figures), 0);
  return {
    datacenters: sum((figures) => figures.datacenters),
    byStatus: Object.fromEntries(FACILITY_STATUSES.map((status) => [status, sum((figures) => figures.byStatus[status])])) as StatusFigures['byStatus'],
    h100Equivalents: Math.round(sum((figures) => figures.h100Equivalents) * 1_000) / 1_000,
    accelerators: sum((figures) => figures.accelerators),
    overdueReaudits: sum((figures) => figures.overdueReaudits),
    openFindings: {
      blocker: sum((figures) => figures.openFindings.blocker),
      major: sum((figures) => figures.openFindings.major),
      minor: sum((figures) => figures.openFindings.minor),
      info: sum((figures) => figures.openFindings.info),
    },
  };
}

function chartGroups(groups: readonly StatusReportGroup[]): StatusReportGroup[] {
  if (groups.length <= CHART_GROUPS) return [...groups];
  return [...groups].sort((a, b) => b.datacenters - a.datacenters).slice(0, CHART_GROUPS);
}
