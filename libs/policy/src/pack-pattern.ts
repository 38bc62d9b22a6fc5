import { RE2JS } from 're2js';
import safeRegex from 'safe-regex2';

/**
 * The one engine for the regular expressions a policy pack carries (accelerator `matches`,
 * prohibited-hardware `pattern`). Packs are written by regulators and evaluated on every inventory
 * line, so a pattern must not be able to stall an API or worker process: patterns run on RE2
 * (re2js, linear in the input whatever the pattern), always case-insensitive, and publishing refuses
 * anything RE2 cannot run as well as the shapes that are catastrophic in backtracking engines.
 */
export interface PackPattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean;
}

/** Long enough for any family of model names; bounds the compile cost of a hostile pack. */
export const MAX_PACK_PATTERN_LENGTH = 500;

/** Star height only: under RE2 the number of quantifiers costs nothing at match time, so do not cap it. */
const STAR_HEIGHT_ONLY = { limit: Number.MAX_SAFE_INTEGER };

/**
 * Why a pattern cannot go into a pack, or undefined when it can. The text completes a sentence
 * about the pattern ("… has an invalid pattern X: <problem>").
 */
export function packPatternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PACK_PATTERN_LENGTH) return `is longer than ${MAX_PACK_PATTERN_LENGTH} characters`;
  const compiled = compileRe2(pattern);
  if (typeof compiled === 'string') return compiled;
  if (hasSpecialGroup(pattern)) return 'uses a (?…) group other than (?:…): inline flags and named groups are not part of pack syntax (patterns are case-insensitive already)';
  // Harmless under RE2, but refused so a pack stays safe for any engine a reader checks it with.
  if (!safeRegex(pattern, STAR_HEIGHT_ONLY)) return 'repeats a group that itself repeats (like (a+)+ or (\\s*x)?), which is refused: quantify the group or what is inside it, not both';
  return undefined;
}

/**
 * Compiles a pack pattern for matching. Only RE2 compilation is required here: the publish-time
 * rules above are policy for new versions, and a stored version that RE2 runs must keep working.
 * A pattern RE2 cannot run throws, naming it, rather than being skipped: a prohibited-hardware rule
 * silently dropped would let the hardware through.
 */
export function compilePackPattern(pattern: string): PackPattern {
  const compiled = compileRe2(pattern);
  if (typeof compiled === 'string') throw new Error(`policy pack pattern ${JSON.stringify(pattern)} ${compiled}`);
  return { source: pattern, test: (text) => compiled.test(text) };
}

/**
 * One pattern that matches where any of the given (already compiled) patterns matches: RE2 runs an
 * alternation in one pass, so it cheaply rules out text none of them can match. Undefined when
 * there is nothing to combine or the union is too large for RE2, in which case callers test each.
 */
export function compilePatternUnion(patterns: readonly PackPattern[]): PackPattern | undefined {
  if (patterns.length < 2) return undefined;
  const source = patterns.map((pattern) => `(?:${pattern.source})`).join('|');
  const compiled = compileRe2(source);
  return typeof compiled === 'string' ? undefined : { source, test: (text) => compiled.test(text) };
}

function compileRe2(pattern: string): RE2JS | string {
  try {
    return RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    // re2js reports the pattern with the case-insensitive flag it prefixed; show the pattern as written.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    return `RE2 cannot compile it (${detail})${unsupportedFeature(pattern)}`;
  }
}

/** Names the usual reason RE2 refuses a pattern that backtracking engines take. */
function unsupportedFeature(pattern: string): string {
  if (/\(\?<?[=!]/.test(pattern)) return ': lookarounds are not supported, since RE2 matches in linear time';
  if (/\\[1-9]|\\k</.test(pattern)) return ': backreferences are not supported, since RE2 matches in linear time';
  return '';
}

/**
 * `(?` opening anything but a non-capturing group, outside a character class and not escaped. RE2
 * reads `(?i)` and `(?P<name>…)`, but the star-height check cannot, and a pack has no use for them.
 */
function hasSpecialGroup(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') {
      inClass = true;
      // A ']' right after '[' or '[^' is a literal member, not the end of the class.
      if (pattern[i + 1] === '^') i += 1;
      if (pattern[i + 1] === ']') i += 1;
    } else if (char === '(' && pattern[i + 1] === '?' && pattern[i + 2] !== ':') return true;
  }
  return false;
}
