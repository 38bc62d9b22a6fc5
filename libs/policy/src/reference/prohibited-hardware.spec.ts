import { InventoryClassifier } from '../inventory-classifier';
import type { PolicyPack } from '../policy-pack.schema';
import { referencePolicyPack } from './reference-pack';

describe('prohibited hardware on the reference pack: matched on the model, not the vendor’s spelling', () => {
  const classifier = new InventoryClassifier(referencePolicyPack());

  it.each([
    // Vendor variants.
    ['Huawei', 'Ascend 910B'],
    ['HUAWEI', 'Ascend 910B'],
    ['huawei technologies co., ltd.', 'Ascend 910B'],
    ['Huawei-Tech', '910B'],
    ['HuaweiCloud', 'Ascend 910B'],
    ['HiSilicon', '910C'],
    ['华为', '昇腾910B'],
    // Everything in the model column.
    ['', 'Huawei Ascend 910B'],
    ['', 'Ascend910B'],
    ['HUAWEI', 'Atlas 300I'],
    // A vendor string that hides the maker: the model still names the family.
    ['Generic', '910B'],
    ['Generic', '910b'],
    ['Generic', '910B3'],
    ['OEM', 'Ascend 910C'],
    ['Generic', 'ASCEND-910B'],
    ['OEM', 'ascend_910c'],
    ['Whitebox', 'Atlas 300I Duo'],
    ['Whitebox', 'Atlas300T A2'],
    ['Whitebox', 'atlas-800'],
    // Spaces, full-width forms, invisible characters.
    ['Generic', '  Ascend   910B  '],
    ['Generic', 'Ascend\u00a0910B'],
    ['Generic', 'Ａｓｃｅｎｄ ９１０Ｂ'],
    ['Generic', 'Asc\u00adend 9\u200b10B'],
    ['Generic', 'Ascend\u2011910C'],
  ])('%j, %j falls under HUAWEI-ASCEND', (vendor, model) => {
    expect(classifier.classify(vendor, model)).toMatchObject({ kind: 'prohibited', ruleId: 'HUAWEI-ASCEND' });
  });

  it.each([
    ['Cambricon', 'MLU370-X8', 'CAMBRICON'],
    ['Generic', 'MLU-370', 'CAMBRICON'],
    ['OEM', 'mlu_590', 'CAMBRICON'],
    ['寒武纪', '思元370', 'CAMBRICON'],
    ['Moore-Threads', 'S4000', 'MOORE-THREADS'],
    ['Generic', 'MTT-S4000', 'MOORE-THREADS'],
    ['Biren', 'BR100', 'BIREN'],
    ['Generic', 'br104', 'BIREN'],
    ['Baidu', 'Kunlun R200', 'KUNLUNXIN'],
    ['OEM', 'Hygon DCU Z100', 'HYGON'],
    ['PCI', '19e5:d802', 'PCI-VENDOR-19E5'],
  ])('%j, %j falls under %s', (vendor, model, ruleId) => {
    expect(classifier.classify(vendor, model)).toMatchObject({ kind: 'prohibited', ruleId });
  });

  it.each([
    ['NVIDIA', 'H100 SXM5', 'H100'],
    ['NVIDIA', 'H20', 'H20'],
    ['nvidia', 'a100-pcie-40gb', 'A100'],
    ['AMD', 'Instinct MI300X', 'MI300X'],
  ])('%j, %j is still the catalog’s %s', (vendor, model, catalogModel) => {
    expect(classifier.classify(vendor, model)).toMatchObject({ kind: 'known', accelerator: { model: catalogModel } });
  });

  it.each([
    ['Acme', 'Ascendant 9'],
    ['Atlas Copco', 'Compressor'],
    ['NVIDIA', 'RTX 3090'],
    ['Intel', 'Gaudi 3'],
    ['Huawe', 'iX'],
  ])('%j, %j is not prohibited', (vendor, model) => {
    expect(classifier.classify(vendor, model).kind).not.toBe('prohibited');
  });
});

describe('prohibited families through the catalog', () => {
  // A pack whose rule names only the maker: the catalog says which maker a model belongs to.
  const reference = referencePolicyPack();
  const pack: Pick<PolicyPack, 'accelerators' | 'prohibitedHardware' | 'thresholds'> = {
    thresholds: reference.thresholds,
    prohibitedHardware: [{ id: 'MAKER-X', pattern: '\\bmakerx\\b', reason: 'Maker X (listed)' }],
    accelerators: [
      { vendor: 'NVIDIA', model: 'H100', tpp: 15_832, matches: ['\\bH100\\b'] },
      { vendor: 'MakerX', model: 'Z9', tpp: 1_000, matches: ['\\bZ\\s*9\\b'] },
    ],
  };
  const classifier = new InventoryClassifier(pack);

  it('prohibits the maker’s own spelling by the rule itself', () => {
    expect(classifier.classify('MakerX', 'Z9')).toEqual({ kind: 'prohibited', ruleId: 'MAKER-X', reason: 'Maker X (listed)' });
  });

  it.each([
    ['Generic', 'Z9'],
    ['OEM', 'z-9'],
    ['', 'Z 9'],
    // Both models on one line: the first catalog match prices it, the family still prohibits it.
    ['Bundle', 'H100 + Z9'],
  ])('%j, %j is prohibited as a model of the MakerX family', (vendor, model) => {
    expect(classifier.classify(vendor, model)).toMatchObject({ kind: 'prohibited', ruleId: 'MAKER-X', reason: 'Maker X (listed) (the catalog lists this model as MakerX Z9)' });
  });

  it('still counts a prohibited catalog model’s TPP, and leaves other makers’ models alone', () => {
    expect(classifier.classify('Generic', 'H100')).toMatchObject({ kind: 'known', accelerator: { model: 'H100' } });
    const summary = classifier.summarise([
      { vendor: 'Generic', model: 'Z9', quantity: 2 },
      { vendor: 'NVIDIA', model: 'H100', quantity: 1 },
    ]);
    expect(summary.totalTpp).toBe(2 * 1_000 + 15_832);
    expect(summary.prohibited).toEqual([{ vendor: 'Generic', model: 'Z9', quantity: 2, ruleId: 'MAKER-X', reason: expect.stringContaining('MakerX Z9') }]);
  });
});
