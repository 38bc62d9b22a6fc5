import { InventoryClassifier } from './inventory-classifier';
import { ISO_COUNTRY_CODES, REFERENCE_TIER_1, REFERENCE_TIER_3 } from './reference/countries';
import { referencePolicyPack } from './reference/reference-pack';
import { validatePolicyPack } from './validate-policy-pack';

describe('reference policy pack', () => {
  const pack = referencePolicyPack();
  const tierOf = new Map(pack.countries.map((country) => [country.code, country.tier]));

  it('validates', () => {
    expect(validatePolicyPack(pack, ISO_COUNTRY_CODES)).toMatchObject({ ok: true });
  });

  it('lists every ISO 3166-1 country once', () => {
    expect(pack.countries).toHaveLength(ISO_COUNTRY_CODES.size);
    expect(ISO_COUNTRY_CODES.size).toBeGreaterThanOrEqual(249);
  });

  it.each(REFERENCE_TIER_1)('puts %s in Tier 1', (code) => expect(tierOf.get(code)).toBe(1));
  it.each(REFERENCE_TIER_3)('puts %s in Tier 3', (code) => expect(tierOf.get(code)).toBe(3));

  it('puts every other country in Tier 2', () => {
    for (const code of ['IN', 'IL', 'PL', 'SG', 'AE', 'SA', 'MY', 'CH']) expect(tierOf.get(code)).toBe(2);
    expect(pack.countries.filter((country) => country.tier === 2)).toHaveLength(ISO_COUNTRY_CODES.size - REFERENCE_TIER_1.length - REFERENCE_TIER_3.length);
  });
});

describe('InventoryClassifier on the reference pack', () => {
  const classifier = new InventoryClassifier(referencePolicyPack());

  it('counts 1,000 × "NVIDIA H100 80GB HBM3" as 1,000 H100-equivalents', () => {
    expect(classifier.summarise([{ vendor: 'NVIDIA', model: 'NVIDIA H100 80GB HBM3', quantity: 1_000 }])).toEqual({
      totalAccelerators: 1_000,
      totalTpp: 15_832_000,
      h100Equivalents: 1_000,
      unknownModels: [],
      prohibited: [],
    });
  });

  it('matches real inventory spellings', () => {
    for (const model of ['H100-SXM5', 'H100 PCIe', 'Tesla A100-SXM4-80GB', 'GB200 NVL72', 'Instinct MI300X OAM']) {
      expect(classifier.classify('', model).kind).toBe('known');
    }
    expect(classifier.classify('NVIDIA', 'GB200').kind === 'known' && classifier.classify('NVIDIA', 'GB200')).toMatchObject({ accelerator: { model: 'GB200 (per GPU)' } });
  });

  it('gives an A100 line its TPP ratio', () => {
    expect(classifier.summarise([{ vendor: 'NVIDIA', model: 'A100', quantity: 100 }]).h100Equivalents).toBeCloseTo((100 * 4_992) / 15_832, 10);
  });

  it('lists unknown models instead of counting them', () => {
    const summary = classifier.summarise([
      { vendor: 'NVIDIA', model: 'H100', quantity: 10 },
      { vendor: 'Acme', model: 'Warp Core 9000', quantity: 5 },
    ]);
    expect(summary.h100Equivalents).toBe(10);
    expect(summary.totalAccelerators).toBe(15);
    expect(summary.unknownModels).toEqual([{ vendor: 'Acme', model: 'Warp Core 9000', quantity: 5 }]);
  });

  it('flags Chinese-origin accelerators as prohibited', () => {
    expect(classifier.classify('Huawei', 'Ascend 910B')).toMatchObject({ kind: 'prohibited', ruleId: 'HUAWEI-ASCEND' });
    expect(classifier.classify('HiSilicon', '910C')).toMatchObject({ kind: 'prohibited', ruleId: 'HUAWEI-ASCEND' });
    expect(classifier.classify('Cambricon', 'MLU370-X8')).toMatchObject({ kind: 'prohibited', ruleId: 'CAMBRICON' });
    expect(classifier.classify('NVIDIA', 'H100')).toMatchObject({ kind: 'known' });
  });
});

describe('validatePolicyPack', () => {
  it('reports every mistake of a pack, not only the first', () => {
    const pack = referencePolicyPack();
    const broken = {
      ...pack,
      countries: [...pack.countries, { code: 'ZZ', name: 'Nowhere', tier: 2, igaInForce: false }, { ...pack.countries.find((c) => c.code === 'DE')!, tier: 3 }],
      accelerators: [...pack.accelerators, pack.accelerators[0], { ...pack.accelerators[1], model: 'Broken', matches: ['(unclosed'] }],
      prohibitedHardware: [...pack.prohibitedHardware, pack.prohibitedHardware[0]],
    };
    const result = validatePolicyPack(broken, ISO_COUNTRY_CODES);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'countries: DE is listed more than once (a country has exactly one tier)',
      'countries: ZZ is not an ISO 3166-1 country code',
      'accelerators: nvidia h100 is listed more than once',
      'accelerators[15].matches[0]: Broken has an invalid pattern (unclosed: RE2 cannot compile it (missing closing ): `(unclosed`)',
      'prohibitedHardware: id HUAWEI-ASCEND is used more than once',
    ]);
  });

  it('checks controls against the evidence types', () => {
    const pack = referencePolicyPack();
    const result = validatePolicyPack(
      {
        ...pack,
        evidenceTypes: [...pack.evidenceTypes, 'carrier_pigeon'],
        controls: [...pack.controls, { ...pack.controls[0], requiredEvidence: ['telepathy'] }],
      },
      ISO_COUNTRY_CODES,
    );
    expect(!result.ok && result.errors).toEqual([
      'controls: id C1-NO-T3-MILITARY-TIES is used more than once',
      'controls: C1-NO-T3-MILITARY-TIES names evidence type telepathy, which evidenceTypes does not list',
      'evidenceTypes: no control can take carrier_pigeon',
    ]);
  });

  it('maps weight-security controls to security levels and keeps location probes optional', () => {
    const pack = referencePolicyPack();
    expect(pack.controls.filter((control) => control.securityLevel).map((control) => control.securityLevel)).toEqual(['SL2', 'SL3', 'SL4']);
    expect(pack.controls.some((control) => control.requiredEvidence.includes('location_probe'))).toBe(false);
    expect(pack.controls.some((control) => control.acceptedEvidence.includes('location_probe'))).toBe(true);
    expect(new Set(pack.controls.map((control) => control.condition))).toEqual(new Set(['C1', 'C2', 'C3', 'C4', 'C5']));
  });

  it('names the field of each refused pattern by its path', () => {
    const pack = referencePolicyPack();
    const result = validatePolicyPack(
      {
        ...pack,
        accelerators: pack.accelerators.map((accelerator, index) => (index === 2 ? { ...accelerator, matches: ['(?<=NVIDIA )H800', ...accelerator.matches] } : accelerator)),
        prohibitedHardware: [{ ...pack.prohibitedHardware[0], pattern: '^(a+)+$' }, ...pack.prohibitedHardware.slice(1, 3), { ...pack.prohibitedHardware[3], pattern: '(hygon)\\1' }],
      },
      ISO_COUNTRY_CODES,
    );
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^accelerators\[2\]\.matches\[0\]: H800 has an invalid pattern \(\?<=NVIDIA \)H800: RE2 cannot compile it .*lookarounds are not supported/),
      expect.stringMatching(/^prohibitedHardware\[0\]\.pattern: HUAWEI-ASCEND has an invalid pattern \^\(a\+\)\+\$: repeats a group that itself repeats/),
      expect.stringMatching(/^prohibitedHardware\[3\]\.pattern: HYGON has an invalid pattern \(hygon\)\\1: RE2 cannot compile it .*backreferences are not supported/),
    ]);
  });

  it('reports structural errors with their paths', () => {
    const result = validatePolicyPack({ version: 'one', countries: [] }, ISO_COUNTRY_CODES);
    expect(!result.ok && result.errors).toEqual(
      expect.arrayContaining(['version: must be a semantic version like 1.0.0', 'countries: Array must contain at least 1 element(s)', 'thresholds: Required']),
    );
  });
});
