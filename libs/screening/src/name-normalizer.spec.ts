import { normalizeName } from './name-normalizer';

const normalized = (name: string) => normalizeName(name).normalized;
const tokens = (name: string) => normalizeName(name).tokens;

describe('normalizeName', () => {
  it('folds accents, case and compatibility forms', () => {
    expect(normalized('Société Générale')).toBe('societe generale');
    expect(normalized('Suministros Electrónicos Orinoco')).toBe('suministros electronicos orinoco');
    expect(normalized('Doğan Kılıç Yıldız')).toBe('dogan kilic yildiz');
    expect(normalized('Straße Øresund Łódź')).toBe('strasse oresund lodz');
    expect(normalized('ＨＵＡＷＥＩ')).toBe('huawei');
    expect(normalized('HUAWEI TECHNOLOGIES')).toBe(normalized('huawei technologies'));
  });

  it.each([
    ['Huawei Technologies Co., Ltd.', 'huawei technologies'],
    ['HUAWEI TECHNOLOGIES CO LTD', 'huawei technologies'],
    ['Huawei Technology Company Limited', 'huawei technology'],
    ['Semiconductor Manufacturing International Corp.', 'semiconductor manufacturing international'],
    ['Marina Wave General Trading L.L.C.', 'marina wave general trading'],
    ['Acme Widgets GmbH', 'acme widgets'],
    ['Siemens AG', 'siemens'],
    ['Orinoco S.A.', 'orinoco'],
    ['Permata Bestari Solutions Sdn. Bhd.', 'permata bestari solutions'],
    ['Pacific Link Technologies Pte. Ltd.', 'pacific link technologies'],
    ['Novosibirsk Radiotechnical Institute Kvant JSC', 'novosibirsk radiotechnical institute kvant'],
    ['Kvant Public Joint Stock Company', 'kvant'],
    ['OOO Kvant', 'kvant'],
    ['LLC Luch', 'luch'],
    ['Sherkat-e Pars Andishe', 'pars andishe'],
    ['Ufukdata Makina Sanayi ve Ticaret A.Ş.', 'ufukdata makina'],
    ['Ufukdata Makina San. ve Tic. A.Ş.', 'ufukdata makina'],
    ['Nordic Cable AB', 'nordic cable'],
    ['Helsinki Data Oy', 'helsinki data'],
    ['Gulf Star Trading FZE', 'gulf star trading'],
    ['Myat Mon Trading Group of Companies', 'myat mon trading'],
    ['Kish Sina Navigation Systems Ltd Liability Company', 'kish sina navigation systems'],
    ['Huawei Jishu Youxian Gongsi', 'huawei jishu'],
  ])('drops the legal form from %j', (name, expected) => {
    expect(normalized(name)).toBe(expected);
  });

  it('drops structural words only from the end and only while a name is left', () => {
    expect(normalized('Inspur Group Co., Ltd.')).toBe('inspur');
    expect(normalized('Sun Holdings Limited')).toBe('sun');
    expect(normalized('Group Sino Trading')).toBe('group sino trading');
    expect(normalized('Enterprise')).toBe('enterprise');
  });

  it('keeps the words that identify the party', () => {
    expect(normalized('Company')).toBe('company');
    expect(normalized('International Trading Co.')).toBe('international trading');
    expect(normalized('Scientific Production Enterprise Kvant')).toBe('scientific production enterprise kvant');
    // "AO" in front is a Russian joint-stock company; "Ao" is also a pinyin syllable.
    expect(normalized('AO Kvant')).toBe('kvant');
    expect(normalized('Ao Tian Trading Co.')).toBe('ao tian trading');
    // Spaced initials are a person's, not a Norwegian "AS".
    expect(normalized('A. S. Sokolov')).toBe('a s sokolov');
    expect(normalized("People's Liberation Army")).toBe('peoples liberation army');
  });

  it('joins letters written apart into one word, and leaves two initials alone', () => {
    expect(normalized('H u a w e i')).toBe('huawei');
    expect(normalized('H U A W E I Technologies Co., Ltd.')).toBe('huawei technologies');
    expect(normalized('S-M-I-C Beijing')).toBe('smic beijing');
    expect(normalized('Ｈ ｕ ａ ｗ ｅ ｉ')).toBe('huawei');
    expect(normalized('华 为 技 术')).toBe('华为技术');
    expect(normalized('A. S. Sokolov')).toBe('a s sokolov');
    expect(normalized('Trading A B')).toBe('trading a b');
  });

  it('makes word order irrelevant in the tokens', () => {
    expect(tokens('Technologies Huawei')).toEqual(tokens('Huawei Technologies Co., Ltd.'));
    expect(tokens('Huawei Technologies')).toEqual(['huawei', 'technologies']);
    expect(tokens('Wang Jianguo')).toEqual(tokens('Jianguo Wang'));
  });

  it('reads punctuation as a gap and "&" as "and"', () => {
    expect(normalized('Al-Noor Trading')).toBe(normalized('Al Noor Trading'));
    expect(normalized("Xi'an Boyuan")).toBe(normalized('Xian Boyuan'));
    expect(normalized('Import & Export Trading')).toBe(normalized('Import and Export Trading'));
    expect(normalized('Import & Export Trading')).toBe(normalized('Import Export Trading'));
    expect(normalized('Moore Threads (Beijing) Co., Ltd.')).toBe('moore threads beijing');
  });

  it('spells out business abbreviations', () => {
    expect(normalized('Sino Intl Tech')).toBe(normalized('Sino International Technology'));
    expect(normalized('Mfg. Eng. Svcs')).toBe('manufacturing engineering services');
    expect(normalized('St. Petersburg Instruments')).toBe('saint petersburg instruments');
  });

  it('keeps Chinese, Cyrillic and Arabic script, cutting CJK legal forms', () => {
    expect(normalized('华为技术有限公司')).toBe('华为技术');
    expect(normalized('中芯国际集成电路制造有限公司')).toBe('中芯国际集成电路制造');
    expect(normalized('浪潮集团有限公司')).toBe('浪潮');
    expect(normalized('摩尔线程智能科技(北京)有限责任公司')).toBe('摩尔线程智能科技 北京');
    expect(tokens('智谱AI')).toEqual(['ai', '智谱']);
    expect(normalized('ООО "Квант"')).toBe('квант');
    expect(normalized('Сергей Иванович Соколов')).toBe('сергеи иванович соколов');
    expect(normalized('محمد رضا حسینی')).toBe('محمد رضا حسینی');
    expect(normalized('주식회사 삼성')).toBe('삼성');
  });

  it('gives nothing for a name without letters or digits', () => {
    expect(normalizeName('')).toEqual({ normalized: '', tokens: [] });
    expect(normalizeName(' -- . ')).toEqual({ normalized: '', tokens: [] });
  });
});
