import { createHash } from 'node:crypto';
import { IN_TOTO_STATEMENT_TYPE, TIERGATE_PREDICATE_TYPE, buildAttestationStatement, datacenterDigest, inventoryDigest, statementBytes, type AttestationStatementInput } from './statement';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function input(overrides: Partial<AttestationStatementInput> = {}): AttestationStatementInput {
  return {
    attestationId: 'att-1',
    version: 2,
    organizationId: 'org-1',
    datacenter: { id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' },
    policyVersion: { id: 'pv-1', version: '2025.1.0' },
    claims: [
      { controlId: 'C4-CYBER', status: 'compliant', statement: 'ISO 27001 certified' },
      { controlId: 'C2-HW-ORIGIN', status: 'compliant', statement: 'no prohibited hardware' },
    ],
    counterparties: [
      { name: 'Zeta Cloud', country: 'US', relationship: 'customer' },
      { name: 'Alpha Power', country: 'DE', relationship: 'supplier' },
    ],
    evidence: [
      { id: 'ev-b', sha256: sha('b'), type: 'certificate', controlIds: ['C4-CYBER'], mediaType: 'application/pdf', size: 10 },
      { id: 'ev-a', sha256: sha('a'), type: 'hardware_inventory', controlIds: ['C5-X', 'C2-HW-ORIGIN'], mediaType: 'text/csv', size: 20 },
    ],
    inventoryDigest: sha('inventory'),
    ...overrides,
  };
}

describe('attestation statement', () => {
  it('is an in-toto Statement v1 whose subjects are the datacenter and each evidence file', () => {
    const statement = buildAttestationStatement(input());
    expect(statement._type).toBe(IN_TOTO_STATEMENT_TYPE);
    expect(statement.predicateType).toBe(TIERGATE_PREDICATE_TYPE);
    expect(statement.subject).toEqual([
      { name: 'datacenter:dc-1', digest: { sha256: datacenterDigest({ id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' }) } },
      { name: 'evidence:ev-a', digest: { sha256: sha('a') } },
      { name: 'evidence:ev-b', digest: { sha256: sha('b') } },
    ]);
  });

  it('digests the datacenter as its canonical descriptor', () => {
    expect(datacenterDigest({ id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' })).toBe(sha('{"countryCode":"DE","id":"dc-1","name":"Frankfurt One"}'));
  });

  it('carries what the operator attests, in a fixed order', () => {
    const { predicate } = buildAttestationStatement(input());
    expect(predicate).toEqual({
      attestation: { id: 'att-1', version: 2 },
      organizationId: 'org-1',
      datacenter: { id: 'dc-1', name: 'Frankfurt One', countryCode: 'DE' },
      policyVersion: { id: 'pv-1', version: '2025.1.0' },
      claims: [
        { controlId: 'C2-HW-ORIGIN', status: 'compliant', statement: 'no prohibited hardware' },
        { controlId: 'C4-CYBER', status: 'compliant', statement: 'ISO 27001 certified' },
      ],
      counterparties: [
        { name: 'Alpha Power', country: 'DE', relationship: 'supplier' },
        { name: 'Zeta Cloud', country: 'US', relationship: 'customer' },
      ],
      evidence: [
        { id: 'ev-a', sha256: sha('a'), type: 'hardware_inventory', controlIds: ['C2-HW-ORIGIN', 'C5-X'], mediaType: 'text/csv', size: 20 },
        { id: 'ev-b', sha256: sha('b'), type: 'certificate', controlIds: ['C4-CYBER'], mediaType: 'application/pdf', size: 10 },
      ],
      inventoryDigest: sha('inventory'),
    });
  });

  it('names the submitter only when told', () => {
    expect(buildAttestationStatement(input({ submittedBy: 'user-7' })).predicate.submittedBy).toBe('user-7');
    expect('submittedBy' in buildAttestationStatement(input()).predicate).toBe(false);
  });

  it('gives the same bytes however the same records are ordered or keyed', () => {
    const base = input();
    const shuffled = input({
      claims: [...base.claims].reverse(),
      counterparties: [...base.counterparties].reverse(),
      evidence: [...base.evidence]
        .reverse()
        .map((item) => ({ mediaType: item.mediaType, size: item.size, controlIds: [...item.controlIds].reverse(), type: item.type, sha256: item.sha256, id: item.id })),
    });
    const first = statementBytes(buildAttestationStatement(base));
    expect(statementBytes(buildAttestationStatement(base)).equals(first)).toBe(true);
    expect(statementBytes(buildAttestationStatement(shuffled)).equals(first)).toBe(true);
  });

  it('leaves out properties the records carry beyond the statement', () => {
    const claimRow = { controlId: 'C4-CYBER', status: 'compliant', statement: 's', evidenceIds: ['x'], updatedAt: new Date() };
    const statement = buildAttestationStatement(input({ claims: [claimRow] }));
    expect(statement.predicate.claims).toEqual([{ controlId: 'C4-CYBER', status: 'compliant', statement: 's' }]);
  });

  it('changes its bytes when anything attested changes', () => {
    const first = statementBytes(buildAttestationStatement(input()));
    expect(statementBytes(buildAttestationStatement(input({ version: 3 }))).equals(first)).toBe(false);
    expect(statementBytes(buildAttestationStatement(input({ inventoryDigest: sha('other') }))).equals(first)).toBe(false);
  });

  it('encodes as RFC 8785 canonical JSON in UTF-8', () => {
    const bytes = statementBytes(buildAttestationStatement(input({ datacenter: { id: 'dc-1', name: 'Zürich ☃', countryCode: 'CH' } })));
    const text = bytes.toString('utf8');
    expect(text.startsWith('{"_type":"https://in-toto.io/Statement/v1","predicate":{')).toBe(true);
    expect(text).not.toMatch(/\n| {2}/);
    expect(text).toContain('"Zürich ☃"');
    expect(bytes.length).toBe(Buffer.byteLength(text, 'utf8'));
    expect(JSON.parse(text)).toEqual(buildAttestationStatement(input({ datacenter: { id: 'dc-1', name: 'Zürich ☃', countryCode: 'CH' } })));
  });

  it('refuses digests that are not sha256 hex', () => {
    expect(() => buildAttestationStatement(input({ inventoryDigest: 'abc' }))).toThrow('the inventory digest is not a lowercase sha256 hex digest');
    const bad = { ...input().evidence[0], sha256: sha('x').toUpperCase() };
    expect(() => buildAttestationStatement(input({ evidence: [bad] }))).toThrow('evidence ev-b is not a lowercase sha256 hex digest');
  });
});

describe('inventory digest', () => {
  const models = [
    { vendor: 'NVIDIA', model: 'H100 SXM', quantity: 512 },
    { vendor: 'amd', model: 'MI300X', quantity: 64 },
    { vendor: 'nvidia', model: 'B200', quantity: 8 },
  ];

  it('is sha256 of the canonical JSON of the models sorted by vendor and model, ignoring case', () => {
    const expected = sha('[{"model":"MI300X","quantity":64,"vendor":"amd"},{"model":"B200","quantity":8,"vendor":"nvidia"},{"model":"H100 SXM","quantity":512,"vendor":"NVIDIA"}]');
    expect(inventoryDigest(models)).toBe(expected);
  });

  it('does not depend on the order the lines came in', () => {
    expect(inventoryDigest([...models].reverse())).toBe(inventoryDigest(models));
    const twins = [
      { vendor: 'Acme', model: 'X', quantity: 1 },
      { vendor: 'ACME', model: 'x', quantity: 2 },
    ];
    expect(inventoryDigest([...twins].reverse())).toBe(inventoryDigest(twins));
  });

  it('changes with any quantity', () => {
    expect(inventoryDigest([{ ...models[0], quantity: 511 }, models[1], models[2]])).not.toBe(inventoryDigest(models));
  });

  it('digests an empty inventory as an empty list', () => {
    expect(inventoryDigest([])).toBe(sha('[]'));
  });
});
