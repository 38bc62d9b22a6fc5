// One-line, human-readable progress messages for the bring-up scripts.
// Every line starts with "[stack] <scope>:" so it is easy to tell apart from app output.

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, bold: 1, dim: 2 };

/** Colour only when the stream is a terminal (CI logs and pipes stay plain); NO_COLOR is honoured. */
export function supportsColour(stream = process.stdout) {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export function paint(text, colour, stream = process.stdout) {
  return supportsColour(stream) ? `\x1b[${ANSI[colour]}m${text}\x1b[0m` : text;
}

export function log(scope, message) {
  process.stdout.write(`${paint('[stack]', 'blue')} ${scope}: ${message}\n`);
}

export function warn(scope, message) {
  process.stdout.write(`${paint('[stack]', 'yellow')} ${scope}: ${paint('warning:', 'yellow')} ${message}\n`);
}

export function logError(message) {
  process.stderr.write(`${paint('[stack]', 'red', process.stderr)} ${paint('error:', 'red', process.stderr)} ${message}\n`);
}

/**
 * An expected failure with a message meant for the user (what went wrong and what to do).
 * It is printed without a stack trace; exitCode becomes the script's exit code.
 */
export class StackError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.name = 'StackError';
    this.exitCode = exitCode;
  }
}

/** The last `count` non-empty lines of some output, indented, for error messages. */
export function tail(text, count = 20) {
  const lines = String(text ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines
    .slice(-count)
    .map((line) => `    ${line}`)
    .join('\n');
}
