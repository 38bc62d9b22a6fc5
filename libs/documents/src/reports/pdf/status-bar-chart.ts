import type { StatusReportGroup } from '../status-report';
import { CHART_STATUS_ORDER, STATUS_COLOURS, STATUS_LABELS, formatFigure } from './pdf-format';

const BAR_HEIGHT = 12;
const BAR_GAP = 5;
const LABEL_WIDTH = 130;
const COUNT_WIDTH = 60;
const LEGEND_HEIGHT = 22;

/** How tall the chart of `bars` groups is, so the caller can start a page first when it would not fit. */
export function statusBarChartHeight(bars: number): number {
  return LEGEND_HEIGHT + bars * (BAR_HEIGHT + BAR_GAP);
}

/**
 * Horizontal bars, one per group, split by status and scaled to the largest group, drawn with
 * plain rectangles so the chart prints anywhere and stays exact (no image rasterised at some DPI).
 */
export function drawStatusBarChart(doc: PDFKit.PDFDocument, groups: readonly StatusReportGroup[], width: number): void {
  const left = doc.page.margins.left;
  let y = doc.y;

  // Legend first: a colour means nothing without it.
  let x = left;
  doc.font('Helvetica').fontSize(8);
  for (const status of CHART_STATUS_ORDER) {
    doc.rect(x, y + 1, 8, 8).fill(STATUS_COLOURS[status]);
    doc.fillColor('#000000').text(STATUS_LABELS[status], x + 11, y + 1, { lineBreak: false });
    x += 11 + doc.widthOfString(STATUS_LABELS[status]) + 14;
  }
  y += LEGEND_HEIGHT;

  const largest = Math.max(1, ...groups.map((group) => group.datacenters));
  const barSpace = width - LABEL_WIDTH - COUNT_WIDTH;
  for (const group of groups) {
    doc.fillColor('#000000').text(group.label, left, y + 2, { width: LABEL_WIDTH - 6, lineBreak: false, ellipsis: true });
    let barX = left + LABEL_WIDTH;
    for (const status of CHART_STATUS_ORDER) {
      const count = group.byStatus[status];
      if (count === 0) continue;
      const barWidth = (count / largest) * barSpace;
      doc.rect(barX, y, barWidth, BAR_HEIGHT).fill(STATUS_COLOURS[status]);
      barX += barWidth;
    }
    doc.fillColor('#000000').text(formatFigure(group.datacenters), barX + 4, y + 2, { width: COUNT_WIDTH, lineBreak: false });
    y += BAR_HEIGHT + BAR_GAP;
  }
  doc.x = left;
  doc.y = y + 6;
}
