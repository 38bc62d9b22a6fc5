import { RE2JS } from 're2js';
import { InventoryClassifier } from './inventory-classifier';
import { referencePolicyPack } from './reference/reference-pack';

describe('InventoryClassifier memo', () => {
  it('answers a repeated spelling as the first time, without matching again', () => {
    const classifier = new InventoryClassifier(referencePolicyPack());
    const first = classifier.classify('NVIDIA', 'H100 SXM5');
    const test = jest.spyOn(RE2JS.prototype, 'test');
    try {
      expect(classifier.classify('NVIDIA', 'H100 SXM5')).toBe(first);
      expect(test).not.toHaveBeenCalled();
    } finally {
      test.mockRestore();
    }
    expect(first).toMatchObject({ kind: 'known', accelerator: { model: 'H100' } });
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps vendor and model apart in its key', () => {
    const classifier = new InventoryClassifier(referencePolicyPack());
    // "Huawei" as vendor is prohibited; the same letters split differently must not reuse that answer.
    expect(classifier.classify('Huawei', 'X')).toMatchObject({ kind: 'prohibited' });
    expect(classifier.classify('Huawe', 'iX')).toEqual({ kind: 'unknown' });
  });

  it('stays correct after the memo starts over', () => {
    const classifier = new InventoryClassifier(referencePolicyPack());
    for (let n = 0; n < 10_050; n += 1) classifier.classify('Acme', `Widget ${n}`);
    expect(classifier.classify('NVIDIA', 'A100')).toMatchObject({ kind: 'known', accelerator: { model: 'A100' } });
    expect(classifier.classify('Acme', 'Widget 3')).toEqual({ kind: 'unknown' });
  });

  it('gives the same summary as line-by-line classification, with lists folded per model', () => {
    const classifier = new InventoryClassifier(referencePolicyPack());
    const lines = [
      { vendor: 'NVIDIA', model: 'H100-SXM5', quantity: 8 },
      { vendor: 'Acme', model: 'Warp Core', quantity: 2 },
      { vendor: 'Huawei', model: 'Ascend 910B', quantity: 4 },
      { vendor: 'ACME', model: 'warp  core', quantity: 3 },
      { vendor: 'Huawei', model: 'Ascend 910B', quantity: 1 },
      { vendor: 'Cambricon', model: 'MLU370', quantity: 2 },
    ];
    expect(classifier.summarise([...lines, ...lines])).toEqual({
      totalAccelerators: 40,
      // Prohibited Ascend chips the catalog prices still count; Cambricon is unpriced.
      totalTpp: 2 * (8 * 15_832 + 5 * 5_120),
      h100Equivalents: (2 * (8 * 15_832 + 5 * 5_120)) / 15_832,
      unknownModels: [{ vendor: 'Acme', model: 'Warp Core', quantity: 10 }],
      prohibited: [
        { vendor: 'Huawei', model: 'Ascend 910B', quantity: 10, ruleId: 'HUAWEI-ASCEND', reason: expect.any(String) },
        { vendor: 'Cambricon', model: 'MLU370', quantity: 4, ruleId: 'CAMBRICON', reason: expect.any(String) },
      ],
    });
  });
});

describe('InventoryClassifier patterns', () => {
  it('evaluates pack patterns with RE2, so a stored catastrophic pattern cannot stall it', () => {
    const pack = referencePolicyPack();
    // Published before publishing refused such patterns: a backtracking engine would try 2^40 splits of the a's.
    const classifier = new InventoryClassifier({ ...pack, prohibitedHardware: [{ id: 'STARRED', pattern: '(a+)+$', reason: 'test' }] });
    expect(classifier.classify('Acme', `${'a'.repeat(40)}!`)).toEqual({ kind: 'unknown' });
    expect(classifier.classify('Acme', 'aaaa')).toMatchObject({ kind: 'prohibited', ruleId: 'STARRED' });
  });

  it('compiles a pack once, however many classifiers are built from it', () => {
    const pack = referencePolicyPack();
    new InventoryClassifier(pack);
    const compile = jest.spyOn(RE2JS, 'compile');
    try {
      new InventoryClassifier(pack).classify('NVIDIA', 'H100');
      expect(compile).not.toHaveBeenCalled();
      new InventoryClassifier({ ...pack });
      expect(compile).toHaveBeenCalled();
    } finally {
      compile.mockRestore();
    }
  });

  it('refuses to build on a pattern RE2 cannot run, rather than dropping the rule', () => {
    const pack = referencePolicyPack();
    expect(() => new InventoryClassifier({ ...pack, prohibitedHardware: [{ id: 'LOOK', pattern: '(?=huawei)', reason: 'test' }] })).toThrow(/RE2 cannot compile it/);
  });
});
