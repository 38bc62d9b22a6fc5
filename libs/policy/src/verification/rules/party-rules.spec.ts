import { referencePolicyPack } from '../../reference/reference-pack';
import { VerificationContext } from '../verification-context';
import type { NamedParty, OwnerParty, VerificationInput } from '../verification-input';
import { controllerNotTier1 } from './party-rules';

const pack = referencePolicyPack();

/** Only what the controller rule reads; the rest of a clean input. */
function context(ultimateController: NamedParty | null, owners: OwnerParty[]): VerificationContext {
  const input: VerificationInput = {
    pack,
    datacenter: { id: 'dc-1', countryCode: 'DE', latitude: null, longitude: null, inventoryModels: [] },
    organization: { name: 'Rhein Compute GmbH', hqCountry: 'DE' },
    ultimateController,
    owners,
    counterparties: [],
    screeningMatches: [],
    evidence: [],
    signature: { present: true, valid: true },
    inventoryChanges: [],
    transferDestinations: {},
    now: new Date('2026-03-01T00:00:00Z'),
  };
  return new VerificationContext(input);
}

const state = (name: string, country: string, controls: boolean): OwnerParty => ({ name, country, kind: 'state', controls });

describe('controllerNotTier1', () => {
  it('reports a Tier 3 controller once, not again as a state owner', () => {
    const findings = controllerNotTier1(context({ name: 'State Council', country: 'CN' }, [state('State Council', 'CN', true)]));
    expect(findings).toHaveLength(1);
    expect(findings[0].details).toMatchObject({ controller: 'State Council', country: 'CN', tier: 3 });
  });

  it('reports a controlling Tier 3 state owner even when the chain names a Tier 1 controller', () => {
    // Records saved before the majority rule: a 60% German holder and a CN state declared controlling.
    const findings = controllerNotTier1(
      context({ name: 'Rhein Holding AG', country: 'DE' }, [{ name: 'Rhein Holding AG', country: 'DE', kind: 'company', controls: true }, state('State Council', 'CN', true)]),
    );
    expect(findings.map((finding) => finding.details)).toEqual([{ controller: 'State Council', country: 'CN', tier: 3, kind: 'state' }]);
  });

  it('leaves a Tier 3 state that does not control, and a controlling state of a Tier 1 country, alone', () => {
    expect(controllerNotTier1(context(null, [state('State Council', 'CN', false)]))).toEqual([]);
    expect(controllerNotTier1(context({ name: 'Bundesrepublik', country: 'DE' }, [state('Bundesrepublik', 'DE', true)]))).toEqual([]);
  });
});
