// Where things live. Everything the scripts create goes under <repo>/.data (git-ignored),
// except a PostgreSQL cluster that the postgres user could not reach there (see postgres.mjs).
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const dataRoot = join(repoRoot, '.data');

/** A path relative to the repository when it is inside it (shorter log lines), else absolute. */
export function displayPath(path) {
  const fromRepo = relative(repoRoot, path);
  return fromRepo && !fromRepo.startsWith('..') && !isAbsolute(fromRepo) ? fromRepo : path;
}
