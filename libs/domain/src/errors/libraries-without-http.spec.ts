import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Libraries throw the typed errors of @tiergate/domain; only apps/api knows HTTP. A library that
 * imported Nest's HTTP exceptions would hand HTTP statuses to the worker and the CLI too.
 */
const LIBS = join(__dirname, '..', '..', '..');
const HTTP_EXCEPTION = /^(HttpException|HttpStatus|[A-Z][A-Za-z]*Exception)$/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The names a file imports from @nestjs/common, over however many lines the import spans. */
function nestCommonImports(source: string): string[] {
  return [...source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'@nestjs\/common'/g)].flatMap((match) =>
    match[1]
      .split(',')
      .map((name) =>
        name
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          .trim(),
      )
      .filter(Boolean),
  );
}

describe('libraries', () => {
  it('import no HTTP exception or status from @nestjs/common', () => {
    const files = sourceFiles(LIBS).filter((file) => file !== __filename);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) =>
      nestCommonImports(readFileSync(file, 'utf8'))
        .filter((name) => HTTP_EXCEPTION.test(name))
        .map((name) => `${relative(LIBS, file)} imports ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds the imports it checks (a multi-line import, an alias, a type import)', () => {
    expect(nestCommonImports("import {\n  Injectable,\n  ConflictException as Clash,\n} from '@nestjs/common';\nimport type { HttpException } from '@nestjs/common';")).toEqual([
      'Injectable',
      'ConflictException',
      'HttpException',
    ]);
  });
});
