import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/**
 * Services express use cases; the SQL lives in stores (`*.store.ts`, one per aggregate, every read
 * taking a Scope), writers (`*.writer.ts`, the audited and outboxed writes) and named read models
 * (`*.reader.ts` with their `*.sql.ts`, for screens, reports and exports). A raw query or a query
 * builder anywhere else is a second way to reach a table — one that can forget scoping or locks.
 * See docs/architecture.md, "Reaching the data".
 */
const ROOT = join(__dirname, '..', '..', '..');
const SOURCE_ROOTS = ['apps', 'libs'];
const DATA_ACCESS_FILE = /\.(store|reader|writer|sql)\.ts$/;
const RAW_DATA_ACCESS = /\.query\s*(<[^>]*>)?\s*\(|\bcreateQueryBuilder\b/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file:line` of every raw query or query builder in the source, comments included (a commented-out query is still a second way). */
function rawDataAccess(source: string): number[] {
  return [...source.matchAll(RAW_DATA_ACCESS)].map((match) => source.slice(0, match.index).split('\n').length);
}

describe('data access', () => {
  const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root)));

  it('issues raw queries and query builders only from stores, writers and read models', () => {
    expect(files.length).toBeGreaterThan(300);
    const offenders = files.filter((file) => !DATA_ACCESS_FILE.test(basename(file))).flatMap((file) => rawDataAccess(readFileSync(file, 'utf8')).map((line) => `${relative(ROOT, file)}:${line}`));
    expect(offenders).toEqual([]);
  });

  it('sees the queries the stores and read models do issue', () => {
    const withQueries = files.filter((file) => DATA_ACCESS_FILE.test(basename(file)) && rawDataAccess(readFileSync(file, 'utf8')).length > 0);
    expect(withQueries.map((file) => basename(file))).toEqual(expect.arrayContaining(['attestation.store.ts', 'finding.store.ts', 'review-item.store.ts', 'audit.writer.ts']));
  });

  it('finds a raw query however it is written, and not a property named query', () => {
    const source = [
      'await manager.query(`SELECT 1`);',
      'const rows = await this.dataSource.query<{ id: string }[]>(',
      '  `SELECT id FROM datacenters`,',
      ');',
      "manager.getRepository(FindingEntity).createQueryBuilder('finding');",
      'const filter = request.query;',
      'const { query } = options;',
    ].join('\n');
    expect(rawDataAccess(source)).toEqual([1, 2, 5]);
  });
});
