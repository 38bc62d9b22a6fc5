/**
 * Inventory upload: reads a CSV inventory from a stream with `readInventoryCsv` (parse + validate
 * every line) and classifies it with `InventoryClassifier.summarise` on the reference pack, at 10k
 * and 100k lines, beside a bare `csv-parse` pass over the same bytes. Needs no database.
 * Target (brief): 100,000 lines verified in under 2 s, with memory that grows only with the items
 * kept (no copy of the whole input, no per-line growth in the summary).
 */
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse';
import { aggregateByModel, InventoryClassifier, referencePolicyPack } from '@tiergate/policy';
import { readInventoryCsv } from '@tiergate/documents';
import { count, reportFigures, times } from './lib/bench-report';

const SIZES = [10_000, 100_000];
const RUNS = 5;
const CHUNK_BYTES = 64 * 1024;
const TARGET_LINES = 100_000;
const TARGET_MS = 2_000;

/** Spellings as they turn up in real asset exports, weighted so H100/A100 dominate as they do in fleets. */
const SPELLINGS: { vendor: string; model: string; weight: number }[] = [
  { vendor: 'NVIDIA', model: 'NVIDIA H100 80GB HBM3', weight: 20 },
  { vendor: 'NVIDIA', model: 'H100-SXM5', weight: 15 },
  { vendor: 'nvidia', model: 'H100 PCIe', weight: 6 },
  { vendor: 'NVIDIA Corporation', model: 'H100 SXM5 80GB', weight: 6 },
  { vendor: 'NVIDIA', model: 'NVIDIA H100 NVL', weight: 3 },
  { vendor: 'NVIDIA', model: 'H200 SXM 141GB', weight: 5 },
  { vendor: 'NVIDIA', model: 'NVIDIA H200', weight: 3 },
  { vendor: 'NVIDIA', model: 'Tesla A100-SXM4-80GB', weight: 8 },
  { vendor: 'NVIDIA', model: 'A100 PCIe 40GB', weight: 4 },
  { vendor: 'NVIDIA', model: 'NVIDIA A100-SXM4-40GB', weight: 4 },
  { vendor: 'nvidia', model: 'a100 80gb pcie', weight: 2 },
  { vendor: 'NVIDIA', model: 'B200', weight: 4 },
  { vendor: 'NVIDIA', model: 'NVIDIA B200 SXM 192GB', weight: 3 },
  { vendor: 'NVIDIA', model: 'HGX B200', weight: 2 },
  { vendor: 'NVIDIA', model: 'GB200 NVL72', weight: 2 },
  { vendor: 'NVIDIA', model: 'GB200', weight: 2 },
  { vendor: 'NVIDIA', model: 'B100', weight: 1 },
  { vendor: 'NVIDIA', model: 'L40S', weight: 3 },
  { vendor: 'NVIDIA', model: 'NVIDIA L40S 48GB', weight: 2 },
  { vendor: 'NVIDIA', model: 'H20', weight: 1 },
  { vendor: 'NVIDIA', model: 'H800 PCIe 80GB', weight: 1 },
  { vendor: 'NVIDIA', model: 'A800 SXM4 80GB', weight: 1 },
  { vendor: 'AMD', model: 'Instinct MI300X OAM', weight: 4 },
  { vendor: 'AMD', model: 'MI300X', weight: 3 },
  { vendor: 'Advanced Micro Devices', model: 'AMD Instinct MI300X', weight: 2 },
  { vendor: 'AMD', model: 'MI325X', weight: 1 },
  { vendor: 'AMD', model: 'Instinct MI325X 256GB', weight: 1 },
  // Not in the reference catalog: listed as unknown, never silently counted.
  { vendor: 'NVIDIA', model: 'Tesla V100-SXM2-32GB', weight: 2 },
  { vendor: 'NVIDIA', model: 'L4', weight: 2 },
  { vendor: 'NVIDIA', model: 'RTX 6000 Ada Generation', weight: 1 },
  { vendor: 'Intel', model: 'Gaudi 3 HL-325L', weight: 1 },
  { vendor: 'Intel', model: 'Gaudi2', weight: 1 },
  { vendor: 'AWS', model: 'Trainium2', weight: 1 },
  { vendor: 'AMD', model: 'Instinct MI250X', weight: 1 },
  { vendor: 'Google', model: 'TPU v5e', weight: 1 },
  { vendor: 'Acme', model: 'Warp Core 9000', weight: 0.2 },
  // Prohibited: a handful of lines a diversion check must catch.
  { vendor: 'Huawei', model: 'Ascend 910B', weight: 0.3 },
  { vendor: 'HUAWEI', model: 'Atlas 300T A2 (Ascend 910B)', weight: 0.1 },
  { vendor: 'HiSilicon', model: 'Ascend 910B', weight: 0.1 },
  { vendor: 'Huawei Technologies', model: 'Ascend910B', weight: 0.1 },
];

/** Deterministic, so runs compare: a tiny LCG is enough for picking spellings. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function inventoryCsv(lines: number): Buffer {
  const next = random(lines);
  const totalWeight = SPELLINGS.reduce((sum, spelling) => sum + spelling.weight, 0);
  const pick = () => {
    let target = next() * totalWeight;
    for (const spelling of SPELLINGS) if ((target -= spelling.weight) <= 0) return spelling;
    return SPELLINGS[0];
  };
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = ['vendor,model,quantity,serials'];
  for (let n = 0; n < lines; n += 1) {
    const { vendor, model } = pick();
    const quantity = 1 + Math.floor(next() * 8);
    // About one line in five lists its serials, as asset exports from a CMDB do.
    const serials = next() < 0.2 ? Array.from({ length: quantity }, (_, i) => `SN${(n * 8 + i).toString(36).toUpperCase().padStart(8, '0')}`).join(';') : '';
    rows.push(`${cell(vendor)},${cell(model)},${quantity},${serials}`);
  }
  return Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8');
}

/** The body as an HTTP request delivers it: 64 KiB buffers, never one string. */
function bodyStream(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
    })(),
    { objectMode: false },
  );
}

// `gc` without requiring --expose-gc on the command line, so the documented command still measures cleanly.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Samples the heap while work runs (the event loop turns between chunks), from a collected baseline. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakHeap: number; peakRss: number; retainedHeap: number }> {
  collectGarbage();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = () => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  };
  const sampler = setInterval(sample, 2);
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  sample();
  collectGarbage();
  // What the result itself holds once garbage is gone: the items the API must keep anyway.
  const retainedHeap = process.memoryUsage().heapUsed - base.heapUsed;
  return { value, ms, peakHeap: peakHeap - base.heapUsed, peakRss: peakRss - base.rss, retainedHeap };
}

async function baselineParse(bytes: Buffer): Promise<number> {
  let records = 0;
  for await (const record of bodyStream(bytes).pipe(parse({ bom: true, skip_empty_lines: true }))) if (record) records += 1;
  return records - 1;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const classifier = new InventoryClassifier(referencePolicyPack());
  const rows: Record<string, string | number>[] = [];
  const perLine: number[] = [];
  let verifiedMs = Infinity;
  let verifiedBaselineMs = Infinity;

  for (const lines of SIZES) {
    const bytes = inventoryCsv(lines);
    const full = async () => {
      const result = await readInventoryCsv(bodyStream(bytes), { maxLines: TARGET_LINES });
      if ('errors' in result) throw new Error(`bench inventory rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
      const classifyStarted = performance.now();
      const summary = classifier.summarise(result.items);
      return { items: result.items, summary, classifyMs: performance.now() - classifyStarted };
    };
    await full(); // warm-up: JIT and the classifier memo, as in a long-running API process
    await baselineParse(bytes);

    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measured(full));
    const baselines = [];
    for (let run = 0; run < RUNS; run += 1) baselines.push(await measured(() => baselineParse(bytes)));

    const ms = median(runs.map((run) => run.ms));
    const baselineMs = median(baselines.map((run) => run.ms));
    const last = runs[runs.length - 1];
    const { summary, items } = last.value;
    if (lines === TARGET_LINES) {
      verifiedMs = ms;
      verifiedBaselineMs = baselineMs;
    }
    perLine.push(Math.max(...runs.map((run) => run.peakHeap)) / lines);
    rows.push({
      lines,
      'input MB': mb(bytes.length),
      'elapsed ms': Math.round(ms),
      'lines/s': Math.round(lines / (ms / 1000)),
      'of which classify ms': median(runs.map((run) => run.value.classifyMs)).toFixed(1),
      'baseline ms': Math.round(baselineMs),
      'baseline lines/s': Math.round(lines / (baselineMs / 1000)),
      ratio: (ms / baselineMs).toFixed(2),
      'peak heap Δ MB': mb(Math.max(...runs.map((run) => run.peakHeap))),
      'kept items MB': mb(last.retainedHeap),
      'peak B/line': Math.round(perLine[perLine.length - 1]),
      'peak RSS Δ MB': mb(Math.max(...runs.map((run) => run.peakRss))),
      'models kept': aggregateByModel(items).length,
      'unknown/prohibited entries': `${summary.unknownModels.length}/${summary.prohibited.length}`,
    });
  }

  console.table(rows);
  // Flat: peak memory per line does not rise with size (it is the kept items, not a copy of the input),
  // and the summary's lists stay one entry per model however many lines repeat it.
  const flat = perLine[perLine.length - 1] <= perLine[0] * 1.25;
  const summaryFlat = rows.every((row) => row['unknown/prohibited entries'] === rows[0]['unknown/prohibited entries']);
  console.log(
    `inventory: ${TARGET_LINES.toLocaleString('en-US')} lines parsed, validated and classified in ${Math.round(verifiedMs)} ms (target < ${TARGET_MS} ms): ${verifiedMs < TARGET_MS ? 'met' : 'NOT met'}`,
  );
  const perLineText = perLine.map((bytes) => Math.round(bytes)).join(' → ');
  console.log(
    `memory: peak ${perLineText} B/line from ${SIZES[0].toLocaleString('en-US')} to ${SIZES[SIZES.length - 1].toLocaleString('en-US')} lines, summary lists ${summaryFlat ? 'constant' : 'growing'}: ${flat && summaryFlat ? 'flat, met' : 'NOT met'}`,
  );

  reportFigures('inventory', [
    {
      figure: `inventory: ${count(TARGET_LINES)} CSV lines parsed, validated and classified`,
      value: `${Math.round(verifiedMs)} ms`,
      baseline: `${Math.round(verifiedBaselineMs)} ms (bare csv-parse)`,
      ratio: times(verifiedMs / verifiedBaselineMs),
      target: `< ${count(TARGET_MS)} ms`,
      met: verifiedMs < TARGET_MS,
    },
    {
      figure: `inventory: memory flat, ${count(SIZES[0])} → ${count(SIZES[SIZES.length - 1])} lines`,
      value: `peak heap ${perLineText} B/line; summary lists ${summaryFlat ? 'constant' : 'growing'}`,
      target: 'flat (per-line peak ≤ 1.25× the smaller size)',
      met: flat && summaryFlat,
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
