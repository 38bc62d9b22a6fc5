import 'reflect-metadata';
import { loadConfigOrExit } from '@tiergate/config';
import { UsageError } from './commands/command-args';
import { keygen } from './commands/keygen.command';
import { migrate } from './commands/migrate.command';
import { seed } from './commands/seed.command';
import { sign } from './commands/sign.command';
import { verifyBundleCommand } from './commands/verify-bundle.command';
import { verifyReportCommand } from './commands/verify-report.command';

const COMMANDS: Record<string, { describe: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { describe: 'apply pending database migrations', run: () => migrate(loadConfigOrExit()) },
  seed: { describe: 'load idempotent demo data', run: () => seed(loadConfigOrExit()) },
  // Offline tools for operators: no configuration or database needed.
  keygen: { describe: 'make an Ed25519 key pair for signing statements', run: (args) => keygen(args) },
  sign: { describe: "sign an attestation's statement into a DSSE envelope", run: (args) => sign(args) },
  'verify-report': { describe: 'check a saved report against its X-Report-Signature and the platform key', run: (args) => verifyReportCommand(args) },
  'verify-bundle': { describe: 'check an attestation bundle (ZIP) end to end against the platform key', run: (args) => verifyBundleCommand(args) },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(16)} ${command.describe}`);
  return `usage: npm run cli -- <command> [args]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `unknown command: ${name}\n\n${usage()}` : usage());
    process.exit(64); // EX_USAGE
  }
  await command.run(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${error.usage}`);
    process.exit(64); // EX_USAGE
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
