// The one table of `npm run bench`: the rows every bench reported (bench/lib/bench-report.ts writes
// them as JSON lines), printed for the console and rendered as Markdown for docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const RESULTS_BEGIN = '<!-- bench-results:begin (written by `npm run bench`; edit outside these markers) -->';
export const RESULTS_END = '<!-- bench-results:end -->';

const COLUMNS = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];

export function readFigureRows(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

function cells(row) {
  return {
    figure: row.figure,
    value: row.value,
    baseline: row.baseline ?? '—',
    ratio: row.ratio ?? '—',
    target: row.target ?? '—',
    met: row.met === null || row.met === undefined ? '—' : row.met ? 'met' : 'NOT met',
  };
}

/** Rows for benches that exited non-zero, so a failure shows in the table instead of silently missing rows. */
export function failureRows(failed) {
  return failed.map(({ bench, reason }) => ({ bench, figure: `${bench}: bench failed (${reason})`, value: '—', met: false }));
}

export function consoleTable(rows) {
  const table = rows.map(cells);
  const widths = COLUMNS.map((column) => Math.max(column.length, ...table.map((row) => String(row[column]).length)));
  const line = (values) =>
    values
      .map((value, index) => String(value).padEnd(widths[index]))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), line(widths.map((width) => '-'.repeat(width))), ...table.map((row) => line(COLUMNS.map((column) => row[column])))].join('\n');
}

export function markdownTable(rows) {
  const escape = (value) => String(value).replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map((row) => {
      const values = cells(row);
      return `| ${COLUMNS.map((column) => escape(values[column])).join(' | ')} |`;
    }),
  ].join('\n');
}

/** Replaces what lies between the markers in `file`; the prose around them is left as it is. */
export function writeResultsSection(file, section) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Performance\n\n${RESULTS_BEGIN}\n${RESULTS_END}\n`;
  const begin = text.indexOf(RESULTS_BEGIN);
  const end = text.indexOf(RESULTS_END);
  if (begin === -1 || end < begin) throw new Error(`${file} has no results markers (${RESULTS_BEGIN} … ${RESULTS_END})`);
  writeFileSync(file, `${text.slice(0, begin + RESULTS_BEGIN.length)}\n${section.trim()}\n${text.slice(end)}`);
}
