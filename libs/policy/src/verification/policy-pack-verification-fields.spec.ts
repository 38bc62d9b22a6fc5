import { policyPackSchema } from '../policy-pack.schema';
import { ISO_COUNTRY_CODES } from '../reference/countries';
import { REFERENCE_FINDING_SEVERITIES } from '../reference/finding-severities';
import { referencePolicyPack } from '../reference/reference-pack';
import { AUTOMATED_FINDING_CODES } from '../finding-codes';
import { validatePolicyPack } from '../validate-policy-pack';

/** A pack as stored before findingSeverities and screeningThreshold existed. */
function storedBeforeTheFields(): Record<string, unknown> {
  const { findingSeverities: _severities, screeningThreshold: _threshold, ...older } = referencePolicyPack();
  return JSON.parse(JSON.stringify(older)) as Record<string, unknown>;
}

describe('policy pack: finding severities and screening threshold', () => {
  it('gives every automated finding code a reference severity', () => {
    expect(Object.keys(REFERENCE_FINDING_SEVERITIES).sort()).toEqual([...AUTOMATED_FINDING_CODES].sort());
    expect(REFERENCE_FINDING_SEVERITIES).toMatchObject({ PROHIBITED_HARDWARE: 'blocker', RESTRICTED_PARTY_MATCH: 'major', UNKNOWN_ACCELERATOR: 'minor' });
  });

  it('keeps the reference pack valid', () => {
    expect(validatePolicyPack(referencePolicyPack(), ISO_COUNTRY_CODES)).toMatchObject({ ok: true });
    expect(referencePolicyPack()).toMatchObject({ findingSeverities: REFERENCE_FINDING_SEVERITIES, screeningThreshold: 0.88 });
  });

  it('parses a pack stored before the fields existed, with the reference defaults', () => {
    const parsed = policyPackSchema.parse(storedBeforeTheFields());
    expect(parsed.findingSeverities).toEqual(REFERENCE_FINDING_SEVERITIES);
    expect(parsed.screeningThreshold).toBe(0.88);
  });

  it('merges a partial severity table over the defaults', () => {
    const parsed = policyPackSchema.parse({ ...storedBeforeTheFields(), findingSeverities: { UNKNOWN_ACCELERATOR: 'info', LOCATION_INCONSISTENT: 'blocker' } });
    expect(parsed.findingSeverities).toEqual({ ...REFERENCE_FINDING_SEVERITIES, UNKNOWN_ACCELERATOR: 'info', LOCATION_INCONSISTENT: 'blocker' });
  });

  it('does not let a parsed pack share the defaults object', () => {
    const parsed = policyPackSchema.parse(storedBeforeTheFields());
    parsed.findingSeverities.UNKNOWN_ACCELERATOR = 'blocker';
    expect(REFERENCE_FINDING_SEVERITIES.UNKNOWN_ACCELERATOR).toBe('minor');
  });

  it('names unknown codes, unknown severities and an out-of-range threshold', () => {
    const result = validatePolicyPack({ ...storedBeforeTheFields(), findingSeverities: { NOT_A_CODE: 'major', UNKNOWN_ACCELERATOR: 'catastrophic' }, screeningThreshold: 1.5 }, ISO_COUNTRY_CODES);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^findingSeverities\.NOT_A_CODE: Invalid enum value/),
        expect.stringMatching(/^findingSeverities\.UNKNOWN_ACCELERATOR: Invalid enum value/),
        'screeningThreshold: must be a score from 0 to 1',
      ]),
    );
  });

  it('refuses a screening threshold of 0', () => {
    expect(validatePolicyPack({ ...referencePolicyPack(), screeningThreshold: 0 }, ISO_COUNTRY_CODES)).toEqual({
      ok: false,
      errors: ['screeningThreshold: 0 would report every name as a match of every listed party'],
    });
    expect(validatePolicyPack({ ...referencePolicyPack(), screeningThreshold: 1 }, ISO_COUNTRY_CODES)).toMatchObject({ ok: true });
  });
});
