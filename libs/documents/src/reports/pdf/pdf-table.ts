/** A column of a printed table: its heading, its width in points and how its cells align. */
export interface PdfColumn {
  heading: string;
  width: number;
  align?: 'left' | 'right';
}

export interface PdfTableRow {
  cells: string[];
  bold?: boolean;
}

const ROW_HEIGHT = 16;
const FONT_SIZE = 8;

/**
 * Draws a table from the document's current position, starting a new page (and repeating the
 * headings) whenever the next row would cross the bottom margin. Cells never wrap: a long name is
 * cut with an ellipsis so every row keeps one line.
 */
export function drawPdfTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly PdfTableRow[]): void {
  const left = doc.page.margins.left;
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = doc.y;

  const drawRow = (cells: readonly string[], bold: boolean, shaded: boolean) => {
    if (shaded) doc.rect(left, y, width, ROW_HEIGHT).fill('#eeeeee');
    doc
      .fillColor('#000000')
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(FONT_SIZE);
    let x = left;
    columns.forEach((column, index) => {
      doc.text(cells[index] ?? '', x + 3, y + 4, { width: column.width - 6, align: column.align ?? 'left', lineBreak: false, ellipsis: true });
      x += column.width;
    });
    y += ROW_HEIGHT;
  };
  const drawHeadings = () => {
    drawRow(
      columns.map((column) => column.heading),
      true,
      true,
    );
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.5)
      .strokeColor('#000000')
      .stroke();
  };

  drawHeadings();
  for (const row of rows) {
    if (y + ROW_HEIGHT > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      drawHeadings();
    }
    if (row.bold)
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.5)
        .strokeColor('#000000')
        .stroke();
    drawRow(row.cells, row.bold ?? false, false);
  }
  doc.x = left;
  doc.y = y + 8;
}
