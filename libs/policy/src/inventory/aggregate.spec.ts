import { aggregateByModel, modelKey } from './aggregate';

describe('aggregateByModel', () => {
  it('sums quantities per model ignoring case and spacing, keeping the first spelling and order', () => {
    expect(
      aggregateByModel([
        { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 8 },
        { vendor: 'AMD', model: 'MI300X', quantity: 4 },
        { vendor: 'nvidia ', model: ' h100   sxm5', quantity: 2 },
        { vendor: 'NVIDIA', model: 'H100-SXM5', quantity: 1 },
      ]),
    ).toEqual([
      { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 10 },
      { vendor: 'AMD', model: 'MI300X', quantity: 4 },
      { vendor: 'NVIDIA', model: 'H100-SXM5', quantity: 1 },
    ]);
  });

  it('keeps vendor and model apart in the key', () => {
    expect(modelKey('NVIDIA H100', '')).not.toBe(modelKey('NVIDIA', 'H100'));
  });

  it('does not change its input', () => {
    const items = [
      { vendor: 'a', model: 'b', quantity: 1 },
      { vendor: 'A', model: 'B', quantity: 2 },
    ];
    aggregateByModel(items);
    expect(items[0].quantity).toBe(1);
  });
});
