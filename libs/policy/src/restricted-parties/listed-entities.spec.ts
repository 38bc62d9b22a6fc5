import { restrictedPartySchema } from '../policy-pack.schema';
import { ENTITY_LIST_SOURCE, LISTED_ENTITIES } from './listed-entities';

describe('listed entities', () => {
  const byId = new Map(LISTED_ENTITIES.map((entity) => [entity.id, entity]));

  it.each([
    ['EL-HUAWEI', 2019],
    ['EL-HISILICON', 2019],
    ['EL-SUGON', 2019],
    ['EL-HIKVISION', 2019],
    ['EL-IFLYTEK', 2019],
    ['EL-SENSETIME', 2019],
    ['EL-NUDT', 2015],
    ['EL-SMIC', 2020],
    ['EL-PHYTIUM', 2021],
    ['EL-YMTC', 2022],
    ['EL-CAMBRICON', 2022],
    ['EL-INSPUR', 2023],
    ['EL-BIREN', 2023],
    ['EL-MOORE-THREADS', 2023],
    ['EL-SOPHGO', 2025],
    ['EL-ZHIPU', 2025],
  ])('lists %s, added in %i', (id, year) => {
    expect(byId.get(id)).toMatchObject({ listedYear: year, country: 'CN', source: ENTITY_LIST_SOURCE, sample: false });
  });

  it('holds exactly the reference entities, each valid with distinct ids', () => {
    expect(LISTED_ENTITIES).toHaveLength(16);
    expect(byId.size).toBe(LISTED_ENTITIES.length);
    for (const entity of LISTED_ENTITIES) expect(restrictedPartySchema.parse(entity)).toEqual(entity);
  });

  it('carries the spellings a screening must catch', () => {
    expect(byId.get('EL-HUAWEI')?.aliases).toEqual(expect.arrayContaining(['Huawei', '华为技术有限公司']));
    expect(byId.get('EL-HISILICON')?.aliases).toEqual(expect.arrayContaining(['HiSilicon', '海思半导体有限公司']));
    expect(byId.get('EL-SUGON')?.aliases).toEqual(expect.arrayContaining(['Sugon', 'Dawning', '中科曙光']));
    expect(byId.get('EL-SMIC')?.aliases).toEqual(expect.arrayContaining(['SMIC', '中芯国际']));
    expect(byId.get('EL-NUDT')?.aliases).toEqual(expect.arrayContaining(['NUDT', '国防科技大学']));
    expect(byId.get('EL-YMTC')?.aliases).toContain('YMTC');
    expect(byId.get('EL-ZHIPU')?.aliases).toContain('Zhipu AI');
    for (const entity of LISTED_ENTITIES) {
      expect(entity.aliases.length).toBeGreaterThanOrEqual(3);
      expect(entity.aliases).not.toContain(entity.name);
      expect(new Set(entity.aliases.map((alias) => alias.toLowerCase())).size).toBe(entity.aliases.length);
    }
  });

  it('marks only the PLA university as a military end user', () => {
    expect(LISTED_ENTITIES.filter((entity) => entity.militaryEndUser).map((entity) => entity.id)).toEqual(['EL-NUDT']);
  });
});
