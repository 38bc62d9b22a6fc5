import { parentNamesOf } from './parent-names';
import { prepareName } from './prepared-name';

const parents = (name: string) => parentNamesOf(prepareName(name)).map((parent) => parent.words.join(' '));

describe('parentNamesOf', () => {
  it('cuts countries, cities and legal forms that follow the name', () => {
    expect(parents('Huawei Technologies Deutschland GmbH')).toEqual(expect.arrayContaining(['huawei technologies', 'huawei']));
    expect(parents('SMIC Beijing')).toEqual(['smic']);
    expect(parents('Huawei Technologies (UK) Co., Ltd.')).toEqual(expect.arrayContaining(['huawei technologies']));
  });

  it('leaves out business lines inserted into the name', () => {
    expect(parents('Huawei Cloud Computing Technologies')).toEqual(expect.arrayContaining(['huawei technologies', 'huawei']));
    expect(parents('Nanjing Energy Jinrui Semiconductor Equipment Branch')).toContain('nanjing jinrui semiconductor equipment');
  });

  it('keeps the first word, and a business name made only of trade words when it is a prefix', () => {
    expect(parents('Semiconductor Manufacturing International Beijing')).toContain('semiconductor manufacturing international');
    expect(parents('Beijing Technology Services')).not.toContain('technology services');
  });

  it('gives nothing for a name without qualifiers, nor parents that are only places or too short', () => {
    expect(parents('Bluepeak Furniture')).toEqual([]);
    expect(parents('Emily Wang')).toEqual([]);
    expect(parents('Beijing Shanghai Trading')).toEqual([]);
    expect(parents('ABC Europe')).toEqual([]);
  });
});
