import { oscalUuid, TIERGATE_OSCAL_NAMESPACE, uuidV5 } from './deterministic-uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('deterministic OSCAL UUIDs', () => {
  it('matches the RFC 4122 v5 values other implementations compute', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5(URL_NAMESPACE, 'urn:tiergate:oscal')).toBe(TIERGATE_OSCAL_NAMESPACE);
  });

  it('gives the same parts the same UUID and keeps part boundaries', () => {
    expect(oscalUuid('finding', 'abc')).toBe(oscalUuid('finding', 'abc'));
    expect(oscalUuid('a-b', 'c')).not.toBe(oscalUuid('a', 'b-c'));
  });

  it('sets version 5 and the RFC 4122 variant', () => {
    expect(oscalUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('tiergate', 'x')).toThrow(/namespace must be a UUID/);
  });
});
