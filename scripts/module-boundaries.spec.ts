import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The repository's own ESLint configuration, run on small sources that pretend to live in a project.
// ESLint loads eslint.config.mjs with a dynamic import, which jest's module system does not offer, so the
// linting happens in a child process, after the Nx project graph that the boundary rule reads is computed
// (as scripts/lint.mjs does).
const repoRoot = join(__dirname, '..');
const RULE = '@nx/enforce-module-boundaries';

interface Probe {
  filePath: string;
  source: string;
}

const LINT_PROBES = `
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
const probes = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const messages = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.source, { filePath: probe.filePath });
  messages.push(result.messages.filter((message) => message.ruleId === ${JSON.stringify(RULE)}).map((message) => message.message));
}
process.stdout.write(JSON.stringify(messages));
`;

function boundaryMessages(probes: Probe[]): string[][] {
  const env = { ...process.env, NX_DAEMON: 'false' };
  const graph = spawnSync(join(repoRoot, 'node_modules', '.bin', 'nx'), ['show', 'projects'], { cwd: repoRoot, env, encoding: 'utf8' });
  if (graph.status !== 0) throw new Error(`nx show projects failed: ${graph.stderr}`);
  const lint = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_PROBES], { cwd: repoRoot, env, input: JSON.stringify(probes), encoding: 'utf8' });
  if (lint.status !== 0) throw new Error(`linting the probes failed: ${lint.stderr}`);
  return JSON.parse(lint.stdout) as string[][];
}

const importing = (filePath: string, specifier: string, name: string): Probe => ({
  filePath,
  source: `import { ${name} } from '${specifier}';\nexport const probe = ${name};\n`,
});

describe('module boundaries (eslint.config.mjs)', () => {
  const probes = {
    domainImportsShared: importing('libs/domain/src/boundary-probe.ts', '@tiergate/config', 'loadConfig'),
    domainImportsPersistence: importing('libs/domain/src/boundary-probe.ts', '@tiergate/persistence', 'dataSourceOptions'),
    sharedImportsData: importing('libs/storage/src/boundary-probe.ts', '@tiergate/persistence', 'dataSourceOptions'),
    sharedImportsTesting: importing('libs/storage/src/boundary-probe.ts', '@tiergate/testing', 'testConfig'),
    dataImportsTesting: importing('migrations/boundary-probe.ts', '@tiergate/testing', 'testConfig'),
    appImportsApp: importing('apps/worker/src/boundary-probe.ts', '../../api/src/app.module', 'AppModule'),
    specImportsTesting: importing('libs/storage/src/boundary-probe.spec.ts', '@tiergate/testing', 'testConfig'),
    appImportsData: importing('apps/api/src/boundary-probe.ts', '@tiergate/persistence', 'dataSourceOptions'),
    dataImportsDomain: importing('libs/persistence/src/boundary-probe.ts', '@tiergate/domain', 'InvalidInputError'),
  };
  let found: Record<keyof typeof probes, string[]>;

  beforeAll(() => {
    const names = Object.keys(probes) as (keyof typeof probes)[];
    const messages = boundaryMessages(names.map((name) => probes[name]));
    found = Object.fromEntries(names.map((name, index) => [name, messages[index]])) as typeof found;
  });

  it('refuses a domain module importing anything but domain code', () => {
    expect(found.domainImportsShared).toEqual([expect.stringContaining('A project tagged with "type:domain" can only depend on libs tagged with "type:domain"')]);
    expect(found.domainImportsPersistence).toEqual([expect.stringMatching(/"domain".*"persistence"/)]);
  });

  it('refuses a shared library importing persistence or the test helpers', () => {
    expect(found.sharedImportsData).toEqual([expect.stringContaining('A project tagged with "type:shared" can only depend on libs tagged with "type:domain", "type:shared"')]);
    expect(found.sharedImportsTesting).toEqual([expect.stringContaining('A project tagged with "type:shared" can only depend on libs tagged with')]);
  });

  it('refuses production data code importing the test helpers', () => {
    expect(found.dataImportsTesting).toEqual([expect.stringContaining('A project tagged with "type:data" can only depend on libs tagged with')]);
  });

  it('refuses an app importing another app', () => {
    expect(found.appImportsApp).not.toEqual([]);
  });

  it('lets unit specs use the test helpers, apps use persistence and persistence use the domain', () => {
    expect(found.specImportsTesting).toEqual([]);
    expect(found.appImportsData).toEqual([]);
    expect(found.dataImportsDomain).toEqual([]);
  });
});
