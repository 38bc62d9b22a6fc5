/**
 * Evidence hashing: how fast an upload is hashed on its way to storage, against `sha256sum` on the
 * same file. Times three things over a file of random-looking bytes:
 *   - `sha256sum <file>` (coreutils, the baseline),
 *   - the hashing stream alone: `HashingCounter` over `createReadStream` (1 MiB reads), bytes discarded,
 *   - `LocalDiskEvidenceStore.put(createReadStream(file))`: hash + write + fsync + rename, i.e. the upload path,
 * and samples the RSS every 50 ms, at 256 MiB and at 1 GiB, to show memory does not grow with file size.
 * Needs no database. EVIDENCE_BENCH_MB sets the large size (default 1024); the small one is a quarter
 * of it, at most 256.
 * Target (brief): hashing at ≥ 80% of sha256sum's throughput; memory flat across sizes.
 */
import { execFile } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { HashingCounter, LocalDiskEvidenceStore, STREAM_CHUNK_BYTES } from '@tiergate/storage';
import { reportFigures, times, type BenchFigure } from './lib/bench-report';

const MiB = 1024 * 1024;
const LARGE_MB = Number(process.env.EVIDENCE_BENCH_MB ?? 1024);
const SIZES_MB = [...new Set([Math.max(1, Math.min(256, Math.floor(LARGE_MB / 4))), LARGE_MB])];
const RANDOM_BLOCK_BYTES = 16 * MiB;
const RUNS = 3;
const SAMPLE_MS = 50;
const TARGET_RATIO = 0.8;
/**
 * Allowance when comparing peak RSS between sizes: V8 collects dead Buffers only once about 64 MB of
 * external memory has been allocated since the last GC, so up to that much garbage shows in RSS at
 * any file size. Growth with the file would be hundreds of MB here.
 */
const FLAT_SLACK_MB = 64;

if (!Number.isInteger(LARGE_MB) || LARGE_MB < 1) throw new Error(`EVIDENCE_BENCH_MB must be a whole number of MiB, got ${process.env.EVIDENCE_BENCH_MB}`);

/** Random bytes are incompressible and unpatterned enough for hashing; repeating one block makes 1 GiB in a second. */
async function writeRandomFile(path: string, bytes: number): Promise<void> {
  const block = randomFillSync(Buffer.allocUnsafe(RANDOM_BLOCK_BYTES));
  const file = await open(path, 'w');
  try {
    for (let written = 0; written < bytes; written += RANDOM_BLOCK_BYTES) await file.write(block, 0, Math.min(RANDOM_BLOCK_BYTES, bytes - written));
  } finally {
    await file.close();
  }
}

interface Measured<T> {
  value: T;
  seconds: number;
  peakRssMb: number;
  peakRssDeltaMb: number;
}

// No forced GC between runs (as the inventory bench does with v8.setFlagsFromString('--expose-gc')):
// switching that flag on at run time cuts the hashing stream's throughput by about 40% in this process.
async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), SAMPLE_MS);
  const started = performance.now();
  try {
    const value = await work();
    const seconds = (performance.now() - started) / 1000;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return { value, seconds, peakRssMb: peakRss / MiB, peakRssDeltaMb: (peakRss - baseRss) / MiB };
  } finally {
    clearInterval(sampler);
  }
}

/** null when coreutils is not installed: the bench then reports its own figures without a baseline. */
async function sha256sum(path: string): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)('sha256sum', [path]);
    return stdout.split(' ')[0];
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

async function hashOnly(path: string, readBytes: number): Promise<string> {
  const counter = new HashingCounter(Number.POSITIVE_INFINITY);
  await pipeline(createReadStream(path, { highWaterMark: readBytes }), counter, new Writable({ highWaterMark: readBytes, write: (_chunk, _encoding, callback) => callback() }));
  return counter.result().sha256;
}

async function putIntoStore(store: LocalDiskEvidenceStore, path: string): Promise<string> {
  const { sha256 } = await store.put(createReadStream(path, { highWaterMark: STREAM_CHUNK_BYTES }), { maxBytes: Number.POSITIVE_INFINITY });
  // Removed so every run writes and renames a new object rather than finding it already stored.
  await store.delete(sha256);
  return sha256;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Row {
  size: string;
  method: string;
  'median s': string;
  'MB/s': number;
  'vs sha256sum': string;
  'peak RSS MB': number | string;
  'peak RSS Δ MB': number | string;
}

async function main(): Promise<void> {
  const workDirectory = await mkdtemp(join(tmpdir(), 'tiergate-evidence-bench-'));
  const rows: Row[] = [];
  const peakDelta = new Map<string, number[]>();
  const ratios = new Map<string, number>();
  /** MB/s of each method at the large size, sha256sum's included. */
  const throughputs = new Map<string, number>();
  let baselineMissing = false;
  try {
    const store = new LocalDiskEvidenceStore(join(workDirectory, 'store'));
    for (const sizeMb of SIZES_MB) {
      const path = join(workDirectory, `evidence-${sizeMb}.bin`);
      const bytes = sizeMb * MiB;
      await writeRandomFile(path, bytes);

      const methods: { method: string; run: () => Promise<string | null>; memory: boolean }[] = [
        { method: 'sha256sum (coreutils)', run: () => sha256sum(path), memory: false },
        { method: 'hash stream, 1 MiB reads', run: () => hashOnly(path, STREAM_CHUNK_BYTES), memory: true },
        { method: 'hash stream, 64 KiB reads', run: () => hashOnly(path, 64 * 1024), memory: true },
        { method: 'store.put (hash+write+fsync)', run: () => putIntoStore(store, path), memory: true },
      ];
      let baselineSeconds: number | null = null;
      let expectedHash: string | null = null;
      for (const { method, run, memory } of methods) {
        await run(); // warm-up: page cache, JIT
        const runs: Measured<string | null>[] = [];
        for (let n = 0; n < RUNS; n += 1) runs.push(await measured(run));
        const hash = runs[0].value;
        if (hash === null) {
          baselineMissing = true;
          continue;
        }
        expectedHash ??= hash;
        if (hash !== expectedHash) throw new Error(`${method} hashed ${path} to ${hash}, expected ${expectedHash}`);
        const seconds = median(runs.map((run) => run.seconds));
        baselineSeconds ??= seconds;
        const ratio = baselineSeconds / seconds;
        if (sizeMb === LARGE_MB) {
          ratios.set(method, ratio);
          throughputs.set(method, bytes / 1e6 / seconds);
        }
        const peakRssDeltaMb = Math.max(...runs.map((run) => run.peakRssDeltaMb));
        if (memory) peakDelta.set(method, [...(peakDelta.get(method) ?? []), peakRssDeltaMb]);
        rows.push({
          size: `${sizeMb} MiB`,
          method,
          'median s': seconds.toFixed(2),
          'MB/s': Math.round(bytes / 1e6 / seconds),
          'vs sha256sum': baselineMissing ? '—' : `${(ratio * 100).toFixed(0)}%`,
          // sha256sum runs in a child process: this process's RSS says nothing about it.
          'peak RSS MB': memory ? Math.round(Math.max(...runs.map((run) => run.peakRssMb))) : '—',
          'peak RSS Δ MB': memory ? Math.round(peakRssDeltaMb) : '—',
        });
      }
      await rm(path, { force: true });
    }
  } finally {
    await rm(workDirectory, { recursive: true, force: true });
  }

  console.table(rows);
  // Throughput here is CPU-bound: other work on the machine shows up directly in the figures.
  console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(2)}`);
  if (baselineMissing) console.log('sha256sum: not found on this machine (coreutils); no baseline, throughput ratios not computed');
  for (const method of ['hash stream, 1 MiB reads', 'hash stream, 64 KiB reads', 'store.put (hash+write+fsync)']) {
    const ratio = ratios.get(method);
    if (ratio === undefined) continue;
    console.log(`${method}: ${(ratio * 100).toFixed(0)}% of sha256sum's throughput at ${LARGE_MB} MiB (target ≥ ${TARGET_RATIO * 100}%): ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`);
  }
  const flatness = new Map<string, { deltas: number[]; flat: boolean }>();
  for (const [method, deltas] of peakDelta) {
    const flat = deltas[deltas.length - 1] <= deltas[0] + FLAT_SLACK_MB;
    flatness.set(method, { deltas, flat });
    console.log(
      `memory, ${method}: peak RSS Δ ${deltas.map((mb) => `${Math.round(mb)} MB`).join(' → ')} from ${SIZES_MB.map((mb) => `${mb} MiB`).join(' to ')} (target: flat, within ${FLAT_SLACK_MB} MB): ${flat ? 'met' : 'NOT met'}`,
    );
  }

  const baseline = throughputs.get('sha256sum (coreutils)');
  const size = LARGE_MB % 1024 === 0 ? `${LARGE_MB / 1024} GiB` : `${LARGE_MB} MiB`;
  const throughputRow = (figure: string, method: string): BenchFigure => {
    const value = throughputs.get(method) ?? 0;
    const ratio = ratios.get(method);
    return {
      figure,
      value: `${Math.round(value)} MB/s`,
      baseline: baseline === undefined ? 'sha256sum not installed' : `${Math.round(baseline)} MB/s (sha256sum)`,
      ratio: ratio === undefined ? undefined : times(ratio),
      target: `≥ ${times(TARGET_RATIO)} sha256sum`,
      met: ratio === undefined ? null : ratio >= TARGET_RATIO,
    };
  };
  const memory = [...flatness.values()];
  reportFigures('evidence-hashing', [
    throughputRow(`evidence hashing: ${size}, hash stream (1 MiB reads)`, 'hash stream, 1 MiB reads'),
    throughputRow(`evidence upload path: ${size}, store.put (hash + write + fsync)`, 'store.put (hash+write+fsync)'),
    {
      figure: `evidence hashing: memory flat, ${SIZES_MB[0]} MiB → ${size}`,
      // The largest rise of any streaming method at each size.
      value: `peak RSS rise ${SIZES_MB.map((mb, index) => `${Math.round(Math.max(...memory.map(({ deltas }) => deltas[index])))} MB at ${mb} MiB`).join(', ')}`,
      target: `flat (within ${FLAT_SLACK_MB} MB)`,
      met: memory.every(({ flat }) => flat),
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
