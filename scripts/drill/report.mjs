// The drill's verdict: a table per fault, the notes behind it, and one machine-readable line
// (`DRILL_RESULT <json>`) for test/fault-drill.slow-spec.ts.
import { paint } from '../stack/log.mjs';

const COLUMNS = [
  ['fault', (row) => row.fault],
  ['submitted', (row) => row.submitted],
  ['terminal', (row) => row.terminal],
  ['duplicated', (row) => row.duplicated],
  ['lost', (row) => row.lost],
  ['in flight', (row) => row.inFlight],
  ['503s', (row) => row.unavailable],
  ['took', (row) => `${(row.tookMs / 1000).toFixed(1)} s`],
];

export function printReport(phases, { submissions, tookMs }) {
  const cells = phases.map((row) => COLUMNS.map(([, value]) => String(value(row))));
  const widths = COLUMNS.map(([title], index) => Math.max(title.length, ...cells.map((row) => row[index].length)));
  const line = (values) => values.map((value, index) => (index === 0 ? value.padEnd(widths[index]) : value.padStart(widths[index]))).join('  ');
  const out = [];
  out.push('', `Fault drill: ${submissions} submissions against the real api, worker, PostgreSQL and Redis`, '');
  out.push(line(COLUMNS.map(([title]) => title)));
  out.push(line(widths.map((width) => '-'.repeat(width))));
  for (const row of cells) out.push(line(row));
  out.push(
    '',
    'terminal: verified (in review or rejected); in flight: accepted but not yet verified when the fault struck;',
    '503s: submit attempts refused with 503 and retried with the same Idempotency-Key',
    '',
  );
  for (const phase of phases) {
    out.push(`${phase.fault}: ${phase.note}`);
    for (const problem of phase.problems) out.push(`  ${paint('problem:', 'red')} ${problem}`);
  }
  const passed = phases.every((phase) => phase.passed);
  out.push('', passed ? paint(`PASS: nothing lost, nothing duplicated (${(tookMs / 1000).toFixed(0)} s)`, 'green') : paint('FAIL: see the problems above', 'red'), '');
  process.stdout.write(`${out.join('\n')}\n`);
  const summary = phases.map(({ fault, submitted, terminal, duplicated, lost, inFlight, unavailable, probes, passed: ok, problems }) => ({
    fault,
    submitted,
    terminal,
    duplicated,
    lost,
    inFlight,
    unavailable,
    probes,
    passed: ok,
    problems,
  }));
  process.stdout.write(`DRILL_RESULT ${JSON.stringify({ passed, submissions, tookMs, faults: summary })}\n`);
  return passed;
}
