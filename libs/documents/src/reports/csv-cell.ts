/**
 * One CSV field (RFC 4180). Text an operator typed (a facility or organisation name) may start
 * with `=`, `+`, `-`, `@` or a control character, which spreadsheets run as a formula when a
 * regulator opens the file; such text is prefixed with an apostrophe. Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV record with its CRLF terminator. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
