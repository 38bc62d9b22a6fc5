import { RE2JS } from 're2js';
import { compilePackPattern, compilePatternUnion, MAX_PACK_PATTERN_LENGTH, packPatternProblem } from './pack-pattern';
import { referencePolicyPack } from './reference/reference-pack';

describe('pack patterns: what publishing refuses', () => {
  it.each([
    ['^(a+)+$', /repeats a group that itself repeats/],
    ['(a*)*', /repeats a group that itself repeats/],
    ['(x+x+)+y', /repeats a group that itself repeats/],
    ['(\\s*x)?', /repeats a group that itself repeats/],
    ['(.*a){12}', /repeats a group that itself repeats/],
  ])('refuses the nested quantifier %s', (pattern, problem) => {
    expect(packPatternProblem(pattern)).toMatch(problem);
  });

  it.each([
    ['(a)\\1', /backreferences are not supported/],
    ['(?<chip>a)\\k<chip>', /backreferences are not supported/],
  ])('refuses the backreference %s', (pattern, problem) => {
    expect(packPatternProblem(pattern)).toMatch(/^RE2 cannot compile it/);
    expect(packPatternProblem(pattern)).toMatch(problem);
  });

  it.each(['(?=ascend)\\w+', 'ascend(?!910)', '(?<=huawei )ascend', '(?<!nvidia )h100'])('refuses the lookaround %s', (pattern) => {
    expect(packPatternProblem(pattern)).toMatch(/^RE2 cannot compile it.*lookarounds are not supported/);
  });

  it.each(['(?i)ascend', '(?P<chip>ascend)', '(?s:.)'])('refuses the (?…) group in %s, which RE2 reads but the pack syntax leaves out', (pattern) => {
    expect(packPatternProblem(pattern)).toMatch(/uses a \(\?…\) group other than \(\?:…\)/);
  });

  it('refuses broken syntax with RE2’s own explanation, showing the pattern as written', () => {
    expect(packPatternProblem('([unclosed')).toBe('RE2 cannot compile it (missing closing ]: `[unclosed`)');
    expect(packPatternProblem('a{2000}')).toMatch(/^RE2 cannot compile it \(invalid repeat count/);
  });

  it('refuses a pattern longer than the limit', () => {
    expect(packPatternProblem('a'.repeat(MAX_PACK_PATTERN_LENGTH))).toBeUndefined();
    expect(packPatternProblem('a'.repeat(MAX_PACK_PATTERN_LENGTH + 1))).toBe(`is longer than ${MAX_PACK_PATTERN_LENGTH} characters`);
  });
});

describe('pack patterns: what publishing accepts', () => {
  const pack = referencePolicyPack();
  const shipped = [...pack.accelerators.flatMap((accelerator) => accelerator.matches), ...pack.prohibitedHardware.map((rule) => rule.pattern)];

  it.each(shipped)('accepts the reference pack’s pattern %s, and RE2 compiles it', (pattern) => {
    expect(packPatternProblem(pattern)).toBeUndefined();
    expect(() => RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE)).not.toThrow();
  });

  it.each(['(?:ab)+c', '[(?]x', '[?(]+', '\\(?x', 'x*y*z*', '\\bMI3\\d\\dX\\b', '\\pL+'])('accepts %s', (pattern) => {
    expect(packPatternProblem(pattern)).toBeUndefined();
  });
});

describe('compilePackPattern', () => {
  it('matches anywhere in the text, ignoring case', () => {
    const pattern = compilePackPattern('\\bascend\\s*910b\\b');
    expect(pattern.test('OEM ASCEND 910B')).toBe(true);
    expect(pattern.test('oem ascend910b card')).toBe(true);
    expect(pattern.test('ascend 910c')).toBe(false);
  });

  it('runs a stored catastrophic pattern in linear time instead of backtracking', () => {
    // A backtracking engine tries 2^40 ways to split these a's before failing; RE2 reads them once.
    expect(compilePackPattern('^(a+)+$').test(`${'a'.repeat(40)}!`)).toBe(false);
    expect(compilePackPattern('^(a+)+$').test('a'.repeat(40))).toBe(true);
  });

  it('throws, naming the pattern, when RE2 cannot run it, rather than skipping the rule', () => {
    expect(() => compilePackPattern('(?=huawei)')).toThrow('policy pack pattern "(?=huawei)" RE2 cannot compile it');
  });
});

describe('compilePatternUnion', () => {
  it('matches where any of its patterns matches, each keeping its own anchors', () => {
    const union = compilePatternUnion(['^h100$', '\\bmlu\\s*\\d{3}', 'a|b'].map(compilePackPattern));
    expect(['H100', 'x mlu370', 'cab'].map((text) => union?.test(text))).toEqual([true, true, true]);
    expect(['x h100', 'mlu37', 'xyz'].map((text) => union?.test(text))).toEqual([false, false, false]);
  });

  it('is left out for fewer than two patterns', () => {
    expect(compilePatternUnion([])).toBeUndefined();
    expect(compilePatternUnion([compilePackPattern('x')])).toBeUndefined();
  });
});
