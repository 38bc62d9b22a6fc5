import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command was called wrongly; main exits with EX_USAGE (64) and shows how to call it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type StringOptions = Record<string, { type: 'string' } | { type: 'boolean' }>;

/** node:util parseArgs, strict, with its TypeErrors turned into usage errors that carry the command's usage. */
export function parseCommandArgs<Options extends StringOptions>(args: string[], options: Options, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false } satisfies ParseArgsConfig).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/** The value of a required `--name`, or a usage error naming it. */
export function required(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`, usage);
  return value;
}
