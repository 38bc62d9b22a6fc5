import { emailAddressProblem, normalizedEmail } from './email-address';

describe('normalizedEmail', () => {
  it('folds full-width letters, ligatures and case into one spelling', () => {
    expect(normalizedEmail(' ＡＤＭＩＮ@Tiergate.Local ')).toBe('admin@tiergate.local');
    expect(normalizedEmail('ﬁnance@example.test')).toBe('finance@example.test');
  });
});

describe('emailAddressProblem', () => {
  it('accepts plain addresses, and a single non-Latin script in each part', () => {
    expect(emailAddressProblem('ops-1@nordic-compute.example')).toBeNull();
    expect(emailAddressProblem('иван@example.test')).toBeNull();
    expect(emailAddressProblem('иван@пример.рф')).toBeNull();
    expect(emailAddressProblem('山田たろう@example.jp')).toBeNull();
    expect(emailAddressProblem('josé@example.test')).toBeNull();
  });

  it('refuses invisible characters', () => {
    expect(emailAddressProblem('ad\u200bmin@example.test')).toMatch(/invisible/);
    expect(emailAddressProblem('admin\u00ad@example.test')).toMatch(/invisible/);
    expect(emailAddressProblem('admin@exa\u2060mple.test')).toMatch(/invisible/);
    expect(emailAddressProblem('ad min@example.test')).toMatch(/invisible/);
  });

  it('refuses letters of different scripts within the local part or the domain', () => {
    expect(emailAddressProblem('\u0430dmin@example.test')).toMatch(/scripts/); // Cyrillic а
    expect(emailAddressProblem('admin@ex\u0430mple.test')).toMatch(/scripts/);
    expect(emailAddressProblem('p\u03bflicy@example.test')).toMatch(/scripts/); // Greek ο
  });
});
