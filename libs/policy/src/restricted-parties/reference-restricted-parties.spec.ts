import { ISO_COUNTRY_CODES } from '../reference/countries';
import { referencePolicyPack } from '../reference/reference-pack';
import { validatePolicyPack } from '../validate-policy-pack';
import { LISTED_ENTITIES } from './listed-entities';
import { REFERENCE_SAMPLE_COUNT, referenceRestrictedParties } from './reference-restricted-parties';

describe('reference restricted parties', () => {
  it('are the listed entities followed by the invented sample, built once', () => {
    const parties = referenceRestrictedParties();
    expect(referenceRestrictedParties()).toBe(parties);
    expect(parties).toHaveLength(LISTED_ENTITIES.length + REFERENCE_SAMPLE_COUNT);
    expect(parties.slice(0, LISTED_ENTITIES.length)).toEqual(LISTED_ENTITIES);
    expect(parties.slice(LISTED_ENTITIES.length).every((party) => party.sample)).toBe(true);
  });

  it('are in the reference pack, which still validates', () => {
    const pack = referencePolicyPack();
    expect(pack.restrictedParties).toBe(referenceRestrictedParties());
    expect(validatePolicyPack(pack, ISO_COUNTRY_CODES)).toMatchObject({ ok: true });
  });
});
