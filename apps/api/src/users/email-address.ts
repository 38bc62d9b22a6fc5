import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * One spelling per address: NFKC folds compatibility forms (full-width letters, ligatures) into
 * their plain letters, then case is folded. Applied when a user is created and at every login, so
 * `ａｄｍｉｎ@…` and `ADMIN@…` are the same account as `admin@…`.
 */
export function normalizedEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/** Characters that do not show: format and control characters, default-ignorables, spaces, private or unassigned code points. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Z}]/u;

/** Scripts told apart for the mixed-script rule; letters of any other script count as one more. */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Thai',
  'Ethiopic',
  'Cherokee',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`^\\p{Script=${script}}$`, 'u')] as const);

/** The script combinations a single identifier may use (those of Unicode TS #39, "highly restrictive"). */
const ALLOWED_COMBINATIONS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptsOf(text: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of text) {
    // Digits, punctuation and combining marks belong to every script (Common, Inherited).
    if (!/^\p{L}$/u.test(char) || /^\p{Script=Common}$|^\p{Script=Inherited}$/u.test(char)) continue;
    scripts.add(SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other');
  }
  return scripts;
}

function isMixedScript(text: string): boolean {
  const scripts = [...scriptsOf(text)];
  return scripts.length > 1 && !ALLOWED_COMBINATIONS.some((allowed) => scripts.every((script) => allowed.includes(script)));
}

/**
 * Why a (normalised) address may not be registered, or null. Look-alike addresses are how one
 * account impersonates another in the audit log and in notifications: `аdmin@` with a Cyrillic
 * "а", or an address with a zero-width space in it. The local part and the domain are judged
 * separately, so an all-Cyrillic name at a Latin domain is fine.
 */
export function emailAddressProblem(email: string): string | null {
  if (INVISIBLE.test(email)) return 'must not contain invisible characters or spaces';
  const at = email.lastIndexOf('@');
  const parts = at < 0 ? [email] : [email.slice(0, at), email.slice(at + 1)];
  if (parts.some(isMixedScript)) return 'must not mix letters of different scripts (look-alike characters)';
  return null;
}

/** class-validator: the address is one a person can read and tell apart from others. */
export function IsUnambiguousEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUnambiguousEmail',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && emailAddressProblem(value) === null,
        defaultMessage: (args) => `${args?.property ?? 'email'} ${typeof args?.value === 'string' ? (emailAddressProblem(args.value) ?? 'is not valid') : 'must be a string'}`,
      },
    },
    options,
  );
}
