import { foldSpelling } from './fold-spelling';

describe('foldSpelling', () => {
  it.each([
    ['Ascend-910B', 'Ascend 910B'],
    ['MLU_370--X8', 'MLU 370 X8'],
    ['  Ascend \t 910B ', 'Ascend 910B'],
    ['Ascend\u00a0910B', 'Ascend 910B'],
    ['Ascend\u2011910B', 'Ascend 910B'],
    ['Ａｓｃｅｎｄ９１０Ｂ', 'Ascend910B'],
    ['Asc\u00adend\u200b 910B\ufeff', 'Ascend 910B'],
    ['NVIDIA H100', 'NVIDIA H100'],
  ])('reads %j as %j', (text, folded) => {
    expect(foldSpelling(text)).toBe(folded);
  });
});
