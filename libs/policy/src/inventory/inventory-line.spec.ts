import { validateInventoryItem, type InventoryFieldError } from './inventory-line';

const DC = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const errorsOf = (raw: Record<string, unknown>): InventoryFieldError[] => {
  const result = validateInventoryItem(raw);
  return 'errors' in result ? result.errors : [];
};

describe('validateInventoryItem', () => {
  it('accepts a JSON line and trims names', () => {
    expect(validateInventoryItem({ vendor: ' NVIDIA ', model: 'H100 SXM5 ', quantity: 8, serials: [' SN1', 'SN2'] })).toEqual({
      item: { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 8, serials: ['SN1', 'SN2'] },
    });
  });

  it('accepts digit strings from CSV, including surrounding spaces', () => {
    expect(validateInventoryItem({ vendor: 'AMD', model: 'MI300X', quantity: ' 0012 ' })).toEqual({ item: { vendor: 'AMD', model: 'MI300X', quantity: 12 } });
  });

  it('allows quantity 0, the line that records a removal', () => {
    expect(validateInventoryItem({ vendor: 'AMD', model: 'MI300X', quantity: 0, reason: 'decommissioned' })).toEqual({
      item: { vendor: 'AMD', model: 'MI300X', quantity: 0, reason: 'decommissioned' },
    });
  });

  it.each([
    ['12abc', 'must be a whole number from 0 to 10,000,000, got "12abc"'],
    ['1.5', 'must be a whole number from 0 to 10,000,000, got "1.5"'],
    ['-3', 'must be from 0 to 10,000,000, got "-3"'],
    ['', 'must not be empty: give a whole number from 0 to 10,000,000'],
    ['1e3', 'must be a whole number from 0 to 10,000,000, got "1e3"'],
    ['10000001', 'must be from 0 to 10,000,000, got "10000001"'],
    [2.5, 'must be a whole number from 0 to 10,000,000, got "2.5"'],
    [-1, 'must be from 0 to 10,000,000, got "-1"'],
    [true, 'must be a whole number from 0 to 10,000,000'],
    [undefined, 'is required'],
  ])('rejects quantity %p', (quantity, message) => {
    expect(errorsOf({ vendor: 'NVIDIA', model: 'H100', quantity })).toEqual([{ field: 'quantity', message }]);
  });

  it('accepts the largest quantity', () => {
    expect(validateInventoryItem({ vendor: 'NVIDIA', model: 'H100', quantity: '10000000' })).toMatchObject({ item: { quantity: 10_000_000 } });
  });

  it('reports every mistake of a line, not only the first', () => {
    expect(errorsOf({ vendor: '  ', model: 'x'.repeat(201), quantity: 'ten', colour: 'green', serials: ['A', '', 7], reason: 'stolen' })).toEqual([
      { field: 'colour', message: 'is not an inventory field (expected vendor, model, quantity, serials, reason, destinationCountry, destinationDatacenterId)' },
      { field: 'vendor', message: 'must not be empty' },
      { field: 'model', message: 'must be at most 200 characters' },
      { field: 'quantity', message: 'must be a whole number from 0 to 10,000,000, got "ten"' },
      { field: 'serials', message: 'entry 2 is empty; entry 3 is not a string' },
      { field: 'reason', message: 'must be one of decommissioned, transferred, returned, got "stolen"' },
    ]);
  });

  it('requires vendor and model as strings', () => {
    expect(errorsOf({ model: 5, quantity: 1 })).toEqual([
      { field: 'vendor', message: 'is required' },
      { field: 'model', message: 'must be a string' },
    ]);
  });

  it('rejects serials that are not a list', () => {
    expect(errorsOf({ vendor: 'a', model: 'b', quantity: 1, serials: 'SN1;SN2' })).toEqual([{ field: 'serials', message: 'must be a list of serial numbers' }]);
  });

  describe('transfers', () => {
    it('accepts a transfer to a country or to a registered facility', () => {
      expect(validateInventoryItem({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationCountry: 'DE' })).toEqual({
        item: { vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationCountry: 'DE' },
      });
      expect(validateInventoryItem({ vendor: 'a', model: 'b', quantity: 0, reason: 'Transferred', destinationDatacenterId: DC.toUpperCase() })).toEqual({
        item: { vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationDatacenterId: DC },
      });
    });

    it('needs exactly one destination', () => {
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred' })).toEqual([
        { field: 'destinationCountry', message: 'a transfer needs destinationCountry or destinationDatacenterId' },
      ]);
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationCountry: 'DE', destinationDatacenterId: DC })).toEqual([
        { field: 'destinationDatacenterId', message: 'give destinationCountry or destinationDatacenterId, not both' },
      ]);
    });

    it('checks destination formats without also calling them missing', () => {
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationCountry: 'de' })).toEqual([
        { field: 'destinationCountry', message: 'must be an ISO 3166-1 alpha-2 code in capitals, like DE' },
      ]);
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationCountry: 'ZZ' })).toEqual([
        { field: 'destinationCountry', message: 'ZZ is not an ISO 3166-1 country code' },
      ]);
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'transferred', destinationDatacenterId: 'dc-7' })).toEqual([
        { field: 'destinationDatacenterId', message: 'must be a datacenter id (a UUID)' },
      ]);
    });

    it('rejects a destination without reason transferred', () => {
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, destinationCountry: 'DE' })).toEqual([{ field: 'destinationCountry', message: 'is only allowed when reason is transferred' }]);
      expect(errorsOf({ vendor: 'a', model: 'b', quantity: 0, reason: 'returned', destinationDatacenterId: DC })).toEqual([
        { field: 'destinationDatacenterId', message: 'is only allowed when reason is transferred' },
      ]);
    });

    it('treats null as not given, as JSON clients send it', () => {
      expect(validateInventoryItem({ vendor: 'a', model: 'b', quantity: 1, serials: null, reason: null, destinationCountry: null })).toEqual({
        item: { vendor: 'a', model: 'b', quantity: 1 },
      });
    });
  });
});
