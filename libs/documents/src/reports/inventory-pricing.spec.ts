import { InventoryClassifier, referencePolicyPack } from '@tiergate/policy';
import { InventoryPricer } from './inventory-pricing';

describe('InventoryPricer', () => {
  const classifier = new InventoryClassifier(referencePolicyPack());

  it('gives the classifier’s totals, prohibited chips the catalog prices and unknown models included', () => {
    const lines = [
      { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 512 },
      { vendor: 'nvidia', model: 'a100', quantity: 7 },
      { vendor: 'Huawei', model: 'Ascend 910B', quantity: 3 },
      { vendor: 'Acme', model: 'Mystery', quantity: 11 },
    ];
    const expected = classifier.summarise(lines);
    const totals = new InventoryPricer(classifier).totals(lines);
    expect(totals.totalAccelerators).toBe(expected.totalAccelerators);
    expect(totals.h100Equivalents).toBeCloseTo(expected.h100Equivalents, 9);
  });

  it('asks the classifier once per spelling, however many inventories repeat it', () => {
    const summarise = jest.fn((lines: Iterable<{ quantity: number }>) => ({ h100Equivalents: [...lines].reduce((sum, line) => sum + line.quantity, 0) }));
    const pricer = new InventoryPricer({ summarise });
    for (let n = 0; n < 100; n += 1) pricer.totals([{ vendor: 'NVIDIA', model: 'H100', quantity: n }]);
    expect(summarise).toHaveBeenCalledTimes(1);
    expect(pricer.totals([])).toEqual({ totalAccelerators: 0, h100Equivalents: 0 });
  });
});
