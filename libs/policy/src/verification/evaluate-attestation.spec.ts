import { AUTOMATED_FINDING_CODES, type AutomatedFindingCode } from '../finding-codes';
import type { PolicyPack } from '../policy-pack.schema';
import { referencePolicyPack } from '../reference/reference-pack';
import { evaluateAttestation } from './evaluate-attestation';
import type { PartyScreeningMatch, VerificationEvidence, VerificationInput } from './verification-input';

const FRANKFURT = { latitude: 50.11, longitude: 8.68 };
const pack = referencePolicyPack();

/** A facility that passes every check: Frankfurt, 100 H100s, German owner, valid signature and evidence. */
function cleanInput(overrides: Partial<VerificationInput> = {}): VerificationInput {
  return {
    pack,
    datacenter: { id: 'dc-1', countryCode: 'DE', ...FRANKFURT, inventoryModels: [{ vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 100 }] },
    organization: { name: 'Rhein Compute GmbH', hqCountry: 'DE' },
    ultimateController: { name: 'Rhein Holding AG', country: 'DE' },
    owners: [{ name: 'Rhein Holding AG', country: 'DE', kind: 'company', controls: true }],
    counterparties: [{ name: 'Acme Cloud Inc.', country: 'US', relationship: 'customer' }],
    screeningMatches: [],
    evidence: [
      { id: 'ev-cert', type: 'certificate', controlIds: ['C4-CYBER-BASELINE'], validUntil: new Date('2027-01-01T00:00:00Z'), storedSha256Matches: true },
      { id: 'ev-inv', type: 'hardware_inventory', controlIds: ['C2-HW-ORIGIN', 'C5-INVENTORY'], validUntil: null, storedSha256Matches: true },
    ],
    signature: { present: true, valid: true },
    inventoryChanges: [],
    transferDestinations: {},
    now: new Date('2026-03-01T00:00:00Z'),
    ...overrides,
  };
}

const codes = (input: VerificationInput): AutomatedFindingCode[] => evaluateAttestation(input).map((finding) => finding.code);

function match(overrides: Partial<PartyScreeningMatch> = {}): PartyScreeningMatch {
  return { subject: 'counterparty', name: 'Acme Cloud Inc.', entryId: 'EL-123', listedName: 'ACME CLOUD INCORPORATED', score: 0.93, source: 'Entity List (EL)', militaryEndUser: false, ...overrides };
}

function probeEvidence(rttMs: number): VerificationEvidence {
  return {
    id: 'ev-probe',
    type: 'location_probe',
    controlIds: ['C5-LOCATION'],
    validUntil: null,
    storedSha256Matches: true,
    locationProbe: {
      ok: true,
      probe: { version: 1, measuredAt: '2026-02-28T10:00:00Z', host: 'gpu-node-17.example', measurements: [{ landmark: { id: 'fra-1', ...FRANKFURT }, rttMs }] },
    },
  };
}

const withCountry = (code: string, changes: Partial<PolicyPack['countries'][number]> = {}): PolicyPack => ({
  ...pack,
  countries: pack.countries.map((country) => (country.code === code ? { ...country, ...changes } : country)),
});

describe('evaluateAttestation', () => {
  it('finds nothing wrong with a clean facility', () => {
    expect(evaluateAttestation(cleanInput())).toEqual([]);
  });

  // Each code: an input that raises it, and a near miss that does not.
  const cases: { code: AutomatedFindingCode; raises: Partial<VerificationInput>; nearMiss: Partial<VerificationInput> }[] = [
    {
      code: 'SIGNATURE_INVALID',
      raises: { signature: { present: true, valid: false, reason: 'signed with an unknown key' } },
      nearMiss: { signature: { present: false, valid: false } },
    },
    {
      code: 'EVIDENCE_HASH_MISMATCH',
      raises: { evidence: [{ ...cleanInput().evidence[0], storedSha256Matches: false }] },
      nearMiss: { evidence: [{ ...cleanInput().evidence[0], storedSha256Matches: true }] },
    },
    {
      code: 'EVIDENCE_EXPIRED',
      raises: { evidence: [{ ...cleanInput().evidence[0], validUntil: new Date('2026-02-28T23:59:59Z') }] },
      nearMiss: { evidence: [{ ...cleanInput().evidence[0], validUntil: new Date('2026-03-01T00:00:00Z') }] },
    },
    {
      code: 'PROHIBITED_HARDWARE',
      raises: { datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'Huawei', model: 'Ascend 910B', quantity: 8 }] } },
      nearMiss: { datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'NVIDIA', model: 'A100', quantity: 8 }] } },
    },
    {
      code: 'UNKNOWN_ACCELERATOR',
      raises: { datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'Acme', model: 'Warp Core 9000', quantity: 5 }] } },
      nearMiss: { datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'AMD', model: 'Instinct MI300X', quantity: 5 }] } },
    },
    {
      code: 'DATACENTER_IN_TIER3',
      raises: { datacenter: { ...cleanInput().datacenter, countryCode: 'RU', latitude: null, longitude: null } },
      nearMiss: { datacenter: { ...cleanInput().datacenter, countryCode: 'PL', latitude: null, longitude: null } },
    },
    {
      code: 'HQ_NOT_TIER1',
      raises: { organization: { name: 'Rhein Compute GmbH', hqCountry: 'CH' } },
      nearMiss: { organization: { name: 'Rhein Compute GmbH', hqCountry: 'JP' } },
    },
    {
      code: 'CONTROLLER_NOT_TIER1',
      raises: { ultimateController: { name: 'Gulf Capital LLC', country: 'AE' } },
      nearMiss: { ultimateController: null },
    },
    {
      code: 'RESTRICTED_PARTY_MATCH',
      raises: { screeningMatches: [match({ score: 0.88 })] },
      nearMiss: { screeningMatches: [match({ score: 0.87 })] },
    },
    {
      code: 'TIER3_MILITARY_TIES',
      raises: { screeningMatches: [match({ militaryEndUser: true, country: 'CN' })] },
      nearMiss: { screeningMatches: [match({ militaryEndUser: true, score: 0.5 })] },
    },
    {
      code: 'LPP_THRESHOLD_EXCEEDED',
      raises: { datacenter: { ...cleanInput().datacenter, countryCode: 'PL', latitude: null, longitude: null, inventoryModels: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1_701 }] } },
      nearMiss: { datacenter: { ...cleanInput().datacenter, countryCode: 'PL', latitude: null, longitude: null, inventoryModels: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1_700 }] } },
    },
    {
      code: 'INVENTORY_UNEXPLAINED_DECREASE',
      raises: { inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20 }] },
      nearMiss: { inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20, reason: 'decommissioned' }] },
    },
    {
      code: 'TRANSFER_TO_TIER3',
      raises: { inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20, reason: 'transferred', destinationCountry: 'CN' }] },
      nearMiss: { inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20, reason: 'transferred', destinationCountry: 'FR' }] },
    },
    {
      code: 'LOCATION_INCONSISTENT',
      raises: { datacenter: { ...cleanInput().datacenter, latitude: 1.35, longitude: 103.82 }, evidence: [probeEvidence(5)] },
      nearMiss: { evidence: [probeEvidence(1)] },
    },
  ];

  it.each(cases)('raises $code', ({ code, raises }) => {
    expect(codes(cleanInput(raises))).toContain(code);
  });

  it.each(cases)('does not raise $code on a near miss', ({ code, nearMiss }) => {
    expect(codes(cleanInput(nearMiss))).not.toContain(code);
  });

  it('raises IGA_REQUIRED above the accelerator threshold outside Tier 1 without an agreement', () => {
    const large = (countryCode: string, quantity: number, countryPack = pack) =>
      cleanInput({ pack: countryPack, datacenter: { ...cleanInput().datacenter, countryCode, latitude: null, longitude: null, inventoryModels: [{ vendor: 'NVIDIA', model: 'H100', quantity }] } });
    expect(codes(large('PL', 50_001))).toContain('IGA_REQUIRED');
    expect(codes(large('PL', 50_000))).not.toContain('IGA_REQUIRED');
    expect(codes(large('PL', 50_001, withCountry('PL', { igaInForce: true })))).not.toContain('IGA_REQUIRED');
    // Tier 1 is uncapped even though the reference pack records no agreement for it.
    expect(codes(large('DE', 500_000))).not.toContain('IGA_REQUIRED');
  });

  it('covers every automated code but EVIDENCE_MISSING, which is enforced at submission', () => {
    const covered = [...cases.map((item) => item.code), 'IGA_REQUIRED'].sort();
    expect(covered).toEqual(AUTOMATED_FINDING_CODES.filter((code) => code !== 'EVIDENCE_MISSING').sort());
  });

  describe('messages and details', () => {
    it('names the prohibited rule and quantity', () => {
      const [finding] = evaluateAttestation(cleanInput({ datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'Huawei', model: 'Ascend 910B', quantity: 8 }] } }));
      expect(finding).toMatchObject({
        code: 'PROHIBITED_HARDWARE',
        severity: 'blocker',
        controlId: 'C2-HW-ORIGIN',
        details: { vendor: 'Huawei', model: 'Ascend 910B', quantity: 8, ruleId: 'HUAWEI-ASCEND' },
      });
      expect(finding.message).toBe('8 × Huawei Ascend 910B in the inventory fall under prohibited-hardware rule HUAWEI-ASCEND: Huawei/HiSilicon Ascend (May 2025 BIS guidance).');
    });

    it('names the screened subject, the listed entry, the score and the source', () => {
      const findings = evaluateAttestation(cleanInput({ screeningMatches: [match({ militaryEndUser: true, country: 'CN' })] }));
      expect(findings.map((finding) => [finding.code, finding.controlId])).toEqual([
        ['TIER3_MILITARY_TIES', 'C1-NO-T3-MILITARY-TIES'],
        ['RESTRICTED_PARTY_MATCH', 'C1-NO-T3-MILITARY-TIES'],
      ]);
      expect(findings[1].message).toBe('Counterparty "Acme Cloud Inc." (customer, US) matches restricted party "ACME CLOUD INCORPORATED" (entry EL-123, Entity List (EL)) with score 0.93.');
      expect(findings[0].message).toContain('military or intelligence end user in CN');
    });

    it('reports one finding per name and entry, with the best score', () => {
      const findings = evaluateAttestation(cleanInput({ screeningMatches: [match({ score: 0.9 }), match({ score: 0.95 }), match({ entryId: 'EL-999' })] }));
      expect(findings.map((finding) => [finding.details?.entryId, finding.details?.score])).toEqual([
        ['EL-123', 0.95],
        ['EL-999', 0.93],
      ]);
    });

    it('follows the pack screening threshold', () => {
      expect(codes(cleanInput({ pack: { ...pack, screeningThreshold: 0.95 }, screeningMatches: [match({ score: 0.93 })] }))).toEqual([]);
    });

    it('describes the owner and controller subjects', () => {
      const messages = evaluateAttestation(
        cleanInput({ screeningMatches: [match({ subject: 'owner', name: 'Rhein Holding AG' }), match({ subject: 'controller', name: 'Rhein Holding AG', entryId: 'EL-2' })] }),
      ).map((finding) => finding.message);
      expect(messages).toEqual([expect.stringMatching(/^The ultimate controlling parent "Rhein Holding AG" matches/), expect.stringMatching(/^Owner "Rhein Holding AG" \(DE\) matches/)]);
    });

    it('tells why a location is impossible', () => {
      const [finding] = evaluateAttestation(cleanInput({ datacenter: { ...cleanInput().datacenter, latitude: 1.35, longitude: 103.82 }, evidence: [probeEvidence(5)] }));
      expect(finding).toMatchObject({
        code: 'LOCATION_INCONSISTENT',
        severity: 'major',
        controlId: 'C5-LOCATION',
        details: { evidenceId: 'ev-probe', landmarkId: 'fra-1', rttMs: 5, maxDistanceKm: 500 },
      });
      expect(finding.message).toBe(
        'Landmark fra-1 answered host gpu-node-17.example in 5 ms, but it is 10,258 km from the declared location, which no signal can cover in under 102.6 ms round trip: the host cannot be where the facility is declared (probe ev-probe).',
      );
    });

    it('reports an unreadable probe and a probe without declared coordinates', () => {
      const unreadable: VerificationEvidence = { ...probeEvidence(1), locationProbe: { ok: false, error: 'the file is not valid JSON (Unexpected end of JSON input)' } };
      expect(evaluateAttestation(cleanInput({ evidence: [unreadable] }))).toEqual([
        {
          code: 'LOCATION_INCONSISTENT',
          severity: 'major',
          controlId: 'C5-LOCATION',
          message: 'Location probe ev-probe cannot be read, so it does not show where the chips are: the file is not valid JSON (Unexpected end of JSON input).',
          details: { evidenceId: 'ev-probe', error: 'the file is not valid JSON (Unexpected end of JSON input)' },
        },
      ]);
      const noCoordinates = evaluateAttestation(cleanInput({ datacenter: { ...cleanInput().datacenter, latitude: null, longitude: null }, evidence: [probeEvidence(1)] }));
      expect(noCoordinates.map((finding) => finding.message)).toEqual([expect.stringContaining('declares no coordinates')]);
    });

    it('resolves transfers through the destination facility, case-insensitively', () => {
      const findings = evaluateAttestation(
        cleanInput({
          inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20, reason: 'transferred', destinationCountry: 'FR', destinationDatacenterId: 'ABC-1' }],
          transferDestinations: { 'abc-1': 'IR' },
        }),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        code: 'TRANSFER_TO_TIER3',
        controlId: 'C5-INVENTORY',
        details: { quantity: 20, destinationCountry: 'FR', destinationDatacenterId: 'ABC-1', destinationDatacenterCountry: 'IR' },
      });
      expect(findings[0].message).toBe('20 × NVIDIA H100 were transferred to Tier 3: facility ABC-1 is in Islamic Republic of Iran (IR), a Tier 3 country.');
    });

    it('flags a declared Tier 3 destination even when the named facility is elsewhere', () => {
      const findings = evaluateAttestation(
        cleanInput({
          inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20, reason: 'transferred', destinationCountry: 'cn', destinationDatacenterId: 'abc-1' }],
          transferDestinations: { 'abc-1': 'FR' },
        }),
      );
      expect(findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/^20 × NVIDIA H100 were transferred to Tier 3: the declared destination is .*\(CN\), a Tier 3 country\.$/)]);
    });

    it('leaves a transfer to an unresolved facility to the auditor', () => {
      expect(codes(cleanInput({ inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 1, after: 0, delta: -1, reason: 'transferred', destinationDatacenterId: 'unknown' }] }))).toEqual([]);
    });

    it('does not treat a transfer as unexplained, nor an increase as a transfer', () => {
      expect(codes(cleanInput({ inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 100, after: 120, delta: 20, reason: 'transferred', destinationCountry: 'CN' }] }))).toEqual([]);
    });

    it('fails closed on an HQ country the policy does not list', () => {
      const [finding] = evaluateAttestation(cleanInput({ organization: { name: 'Nowhere Ltd', hqCountry: 'ZZ' } }));
      expect(finding).toMatchObject({ code: 'HQ_NOT_TIER1', details: { country: 'ZZ', tier: null } });
      expect(finding.message).toContain('ZZ, which this policy version does not list');
    });

    it('dates expired evidence and names what it supported', () => {
      const [finding] = evaluateAttestation(cleanInput({ evidence: [{ ...cleanInput().evidence[0], validUntil: new Date('2026-01-31T00:00:00Z') }] }));
      expect(finding).toMatchObject({ code: 'EVIDENCE_EXPIRED', controlId: 'C4-CYBER-BASELINE' });
      expect(finding.message).toBe('Evidence ev-cert (certificate) expired on 2026-01-31, before this verification on 2026-03-01; it no longer supports C4-CYBER-BASELINE.');
    });

    it('includes the verifier reason for a bad signature', () => {
      expect(evaluateAttestation(cleanInput({ signature: { present: true, valid: false, reason: 'signed with an unknown key' } }))).toEqual([
        {
          code: 'SIGNATURE_INVALID',
          severity: 'blocker',
          message: "The attestation's signature does not verify: signed with an unknown key. The signed content may have changed after signing, or it was signed with another key.",
          details: { reason: 'signed with an unknown key' },
        },
      ]);
    });
  });

  describe('policy control', () => {
    it('takes severities from the pack', () => {
      const lenient: PolicyPack = { ...pack, findingSeverities: { ...pack.findingSeverities, UNKNOWN_ACCELERATOR: 'info', EVIDENCE_HASH_MISMATCH: 'major' } };
      const input = cleanInput({
        pack: lenient,
        datacenter: { ...cleanInput().datacenter, inventoryModels: [{ vendor: 'Acme', model: 'Warp Core 9000', quantity: 5 }] },
        evidence: [{ ...cleanInput().evidence[0], storedSha256Matches: false }],
      });
      expect(evaluateAttestation(input).map((finding) => [finding.code, finding.severity])).toEqual([
        ['EVIDENCE_HASH_MISMATCH', 'major'],
        ['UNKNOWN_ACCELERATOR', 'info'],
      ]);
      expect(evaluateAttestation({ ...input, pack }).map((finding) => [finding.code, finding.severity])).toEqual([
        ['EVIDENCE_HASH_MISMATCH', 'blocker'],
        ['UNKNOWN_ACCELERATOR', 'minor'],
      ]);
    });

    it('runs only the checks some control lists, but always the integrity checks', () => {
      const noChecks: PolicyPack = { ...pack, controls: pack.controls.map((control) => ({ ...control, automatedChecks: [] })) };
      const everythingWrong = cleanInput({
        pack: noChecks,
        datacenter: { id: 'dc-1', countryCode: 'RU', latitude: null, longitude: null, inventoryModels: [{ vendor: 'Huawei', model: 'Ascend 910B', quantity: 8 }] },
        organization: { name: 'X', hqCountry: 'CN' },
        screeningMatches: [match({ militaryEndUser: true })],
        evidence: [{ ...cleanInput().evidence[0], storedSha256Matches: false, validUntil: new Date('2020-01-01T00:00:00Z') }],
        signature: { present: true, valid: false },
        inventoryChanges: [{ vendor: 'NVIDIA', model: 'H100', before: 120, after: 100, delta: -20 }],
      });
      expect(codes(everythingWrong)).toEqual(['EVIDENCE_HASH_MISMATCH', 'SIGNATURE_INVALID']);
      // With no control listing them, integrity findings carry only the evidence's own control.
      expect(evaluateAttestation(everythingWrong).map((finding) => finding.controlId)).toEqual(['C4-CYBER-BASELINE', undefined]);
      expect(codes({ ...everythingWrong, pack })).toEqual(
        expect.arrayContaining(['PROHIBITED_HARDWARE', 'DATACENTER_IN_TIER3', 'HQ_NOT_TIER1', 'TIER3_MILITARY_TIES', 'RESTRICTED_PARTY_MATCH', 'EVIDENCE_EXPIRED', 'INVENTORY_UNEXPLAINED_DECREASE']),
      );
    });

    it('files a finding under the first control that lists its code', () => {
      const [finding] = evaluateAttestation(cleanInput({ screeningMatches: [match()] }));
      expect(finding.controlId).toBe('C1-NO-T3-MILITARY-TIES');
      const reordered: PolicyPack = { ...pack, controls: [...pack.controls].reverse() };
      expect(evaluateAttestation(cleanInput({ pack: reordered, screeningMatches: [match()] }))[0].controlId).toBe('C1-COUNTERPARTY-SCREENING');
    });

    it("files evidence findings under the evidence's first control", () => {
      const evidence: VerificationEvidence = { id: 'ev-inv', type: 'hardware_inventory', controlIds: ['C5-INVENTORY', 'C2-HW-ORIGIN'], validUntil: null, storedSha256Matches: false };
      expect(evaluateAttestation(cleanInput({ evidence: [evidence] }))[0]).toMatchObject({ code: 'EVIDENCE_HASH_MISMATCH', controlId: 'C5-INVENTORY' });
    });
  });

  describe('order', () => {
    const messy = (): VerificationInput =>
      cleanInput({
        datacenter: {
          ...cleanInput().datacenter,
          inventoryModels: [
            { vendor: 'Zeta', model: 'Z1', quantity: 1 },
            { vendor: 'Huawei', model: 'Ascend 910B', quantity: 8 },
            { vendor: 'Acme', model: 'A1', quantity: 2 },
          ],
        },
        screeningMatches: [match({ entryId: 'EL-9' }), match({ entryId: 'EL-1', militaryEndUser: true })],
        evidence: [
          { id: 'ev-b', type: 'certificate', controlIds: ['C4-PENTEST'], validUntil: new Date('2020-01-01T00:00:00Z'), storedSha256Matches: false },
          { id: 'ev-a', type: 'certificate', controlIds: ['C4-PENTEST'], validUntil: new Date('2020-01-01T00:00:00Z'), storedSha256Matches: true },
        ],
        inventoryChanges: [
          { vendor: 'NVIDIA', model: 'H100', before: 10, after: 5, delta: -5 },
          { vendor: 'AMD', model: 'MI300X', before: 10, after: 5, delta: -5 },
        ],
      });

    it('puts the most severe first, then by code, then by subject', () => {
      expect(evaluateAttestation(messy()).map((finding) => `${finding.severity} ${finding.code} ${String(finding.details?.evidenceId ?? finding.details?.entryId ?? finding.details?.model)}`)).toEqual(
        [
          'blocker PROHIBITED_HARDWARE Ascend 910B',
          'blocker TIER3_MILITARY_TIES EL-1',
          'blocker EVIDENCE_HASH_MISMATCH ev-b',
          'major RESTRICTED_PARTY_MATCH EL-1',
          'major RESTRICTED_PARTY_MATCH EL-9',
          'major EVIDENCE_EXPIRED ev-a',
          'major EVIDENCE_EXPIRED ev-b',
          'major INVENTORY_UNEXPLAINED_DECREASE MI300X',
          'major INVENTORY_UNEXPLAINED_DECREASE H100',
          'minor UNKNOWN_ACCELERATOR A1',
          'minor UNKNOWN_ACCELERATOR Z1',
        ],
      );
    });

    it('does not depend on the order the caller loaded its rows in', () => {
      const input = messy();
      const shuffled: VerificationInput = {
        ...input,
        datacenter: { ...input.datacenter, inventoryModels: [...input.datacenter.inventoryModels].reverse() },
        screeningMatches: [...input.screeningMatches].reverse(),
        evidence: [...input.evidence].reverse(),
        inventoryChanges: [...input.inventoryChanges].reverse(),
      };
      expect(evaluateAttestation(shuffled)).toEqual(evaluateAttestation(input));
    });
  });
});
