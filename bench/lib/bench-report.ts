/**
 * The figures a bench reports for the one table `npm run bench` prints and writes to
 * docs/performance.md. Each bench keeps its own detailed printout and, once it has its figures,
 * calls `reportFigures`: the rows are appended as JSON lines to the file run-all.mjs names in
 * BENCH_RESULTS_FILE, and printed here too, so a bench run on its own shows them as well.
 */
import { appendFileSync } from 'node:fs';

export interface BenchFigure {
  /** What is measured, with its conditions: "submissions/s, 50 concurrent clients". */
  figure: string;
  /** The measured value, formatted with its unit: "412 /s", "38.2 ms", "met". */
  value: string;
  /** The same figure for the baseline run in the same process, when there is one. */
  baseline?: string;
  /** value ÷ baseline, in the row's own unit (so above 1× is faster for a rate, slower for a time), when both exist. */
  ratio?: string;
  /** The target as docs/architecture.md (or the issue that added the bench) states it; absent when none is set. */
  target?: string;
  /** Whether the target is met; null when the row has no target. */
  met: boolean | null;
}

export interface BenchFigureRow extends BenchFigure {
  bench: string;
}

export const BENCH_RESULTS_ENV = 'BENCH_RESULTS_FILE';

export function reportFigures(bench: string, figures: readonly BenchFigure[]): void {
  const rows: BenchFigureRow[] = figures.map((figure) => ({ bench, ...figure }));
  const file = process.env[BENCH_RESULTS_ENV];
  if (file) appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
  console.log(`\nfigures reported by ${bench}:`);
  console.table(
    rows.map((row) => ({
      figure: row.figure,
      value: row.value,
      baseline: row.baseline ?? '—',
      ratio: row.ratio ?? '—',
      target: row.target ?? '—',
      met: metLabel(row.met),
    })),
  );
}

export function metLabel(met: boolean | null): string {
  return met === null ? '—' : met ? 'met' : 'NOT met';
}

/** "1,234" — figures read more easily with separators. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A ratio to two decimals, e.g. "0.62×"; small ones to two significant digits ("0.00067×"). */
export function times(value: number): string {
  return `${value < 0.1 ? value.toPrecision(2) : value.toFixed(2)}×`;
}
