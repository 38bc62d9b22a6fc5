import { readInventoryJson } from './inventory-json';

describe('readInventoryJson', () => {
  it('reads a { items } body with the CSV rules', () => {
    expect(readInventoryJson({ items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 8, serials: ['A'] }] }, { maxLines: 10 })).toEqual({
      items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 8, serials: ['A'] }],
    });
    expect(readInventoryJson({ items: [] }, { maxLines: 10 })).toEqual({ items: [] });
  });

  it('locates errors as items[i].field, indices from 0', () => {
    const body = {
      items: [
        { vendor: 'NVIDIA', model: 'H100', quantity: 1 },
        'H100 x 4',
        { vendor: 'NVIDIA', model: '', quantity: '1.5', colour: 'green' },
        { vendor: 'AMD', model: 'MI300X', quantity: 0, reason: 'transferred' },
      ],
    };
    expect(readInventoryJson(body, { maxLines: 10 })).toEqual({
      errors: [
        { field: 'items[1]', message: 'must be an object' },
        { field: 'items[2].colour', message: expect.stringContaining('is not an inventory field') },
        { field: 'items[2].model', message: 'must not be empty' },
        { field: 'items[2].quantity', message: 'must be a whole number from 0 to 10,000,000, got "1.5"' },
        { field: 'items[3].destinationCountry', message: 'a transfer needs destinationCountry or destinationDatacenterId' },
      ],
    });
  });

  it.each([
    [null, [{ field: 'body', message: 'must be an object like { "items": [...] }' }]],
    [[{ vendor: 'a' }], [{ field: 'body', message: 'must be an object like { "items": [...] }' }]],
    [{}, [{ field: 'items', message: 'is required' }]],
    [{ items: {} }, [{ field: 'items', message: 'must be an array' }]],
    [{ items: [], datacenterId: 'x' }, [{ field: 'datacenterId', message: 'is not allowed: the body holds only items' }]],
  ])('rejects the body %p', (body, errors) => {
    expect(readInventoryJson(body, { maxLines: 10 })).toEqual({ errors });
  });

  it('refuses more than maxLines items with one error', () => {
    const items = Array.from({ length: 11 }, () => ({ vendor: 'NVIDIA', model: 'H100', quantity: 'x' }));
    expect(readInventoryJson({ items }, { maxLines: 10 })).toEqual({ errors: [{ field: 'items', message: 'has 11 lines; the most one upload may hold is 10' }] });
  });

  it('stops at maxErrors', () => {
    const items = Array.from({ length: 10 }, () => ({ vendor: 'NVIDIA', model: 'H100', quantity: 'x' }));
    const result = readInventoryJson({ items }, { maxLines: 10, maxErrors: 3 });
    expect('errors' in result && result.errors.map((error) => error.field)).toEqual(['items[0].quantity', 'items[1].quantity', 'items[2].quantity']);
  });
});
