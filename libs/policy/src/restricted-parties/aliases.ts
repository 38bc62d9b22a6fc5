/** Collapses runs of white space and trims, so "Huawei  Technologies " and "Huawei Technologies" are one spelling. */
export function tidyName(value: string): string {
  const trimmed = value.trim();
  // Most names are already tidy; testing first spares an allocation per alias on large lists.
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/**
 * The distinct other spellings of a name: tidied, empty ones dropped, and compared without regard
 * to case (lists repeat a name in another case; screening ignores case anyway). The first spelling
 * seen is kept.
 */
export function distinctAliases(name: string, aliases: Iterable<string>): string[] {
  const seen = new Set([tidyName(name).toLowerCase()]);
  const distinct: string[] = [];
  for (const alias of aliases) {
    const tidy = tidyName(alias);
    const key = tidy.toLowerCase();
    if (tidy === '' || seen.has(key)) continue;
    seen.add(key);
    distinct.push(tidy);
  }
  return distinct;
}

/** Connecting words lists leave out of initials ("of", "and", Spanish "de", Turkish "ve"). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'del', 'la', 'y', 've']);

/** Initials of a name's words ("Shenzhen Longhua Precision Electronics" → "SLPE"), as lists often carry them. */
export function initialism(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,.&-]+/)
    .filter((word) => word !== '' && !CONNECTORS.has(word.toLowerCase()))
    .map((word) => word[0].toUpperCase())
    .join('');
}

/** The same name without diacritics ("Elektronik Sanayi ve Ticaret A.Ş." → "... A.S."), as ASCII-only lists print it. */
export function withoutDiacritics(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return value
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
