/**
 * Word tables the name normalizer uses. Written as a person would type them; the normalizer puts
 * every entry through its own folding at load, so "A.Ş." and "Sanayi ve Ticaret" are compared in
 * the same form as the names they are stripped from.
 */

/**
 * Legal forms: they say how a company is incorporated, never which company it is, and the same
 * party appears with and without them ("Huawei Technologies Co., Ltd." / "Huawei Technologies").
 * They are only removed from the end of a name, where they sit in nearly every language, so a
 * syllable such as the pinyin "Ao" inside a name survives.
 */
export const LEGAL_FORMS: readonly string[] = [
  // English-speaking and common-law forms
  'Ltd',
  'Limited',
  'LLC',
  'LC',
  'PLLC',
  'LLP',
  'LP',
  'Inc',
  'Incorporated',
  'Corp',
  'Corporation',
  'Co',
  'Company',
  'Companies',
  'PLC',
  'Pty',
  'Proprietary',
  'Pte',
  'Pvt',
  'Limited Liability Company',
  'Limited Liability Partnership',
  'Limited Partnership',
  'Public Limited Company',
  'Private Limited',
  'Public Company',
  'Private Company',
  'Joint Venture Company',
  'Joint Venture',
  'JV Company',
  'JV',
  'General Corporation',
  'General Corp',
  // Continental Europe
  'GmbH',
  'mbH',
  'AG',
  'KG',
  'KGaA',
  'Aktiengesellschaft',
  'Gesellschaft mit beschränkter Haftung',
  'SA',
  'SAS',
  'SARL',
  'SL',
  'SAU',
  'SpA',
  'Srl',
  'SRO',
  'BV',
  'NV',
  'AB',
  'Aktiebolag',
  'AS',
  'ASA',
  'ApS',
  'Oy',
  'Oyj',
  'Kft',
  'Zrt',
  'DOO',
  'Sp z oo',
  'Société Anonyme',
  'Sociedad Anónima',
  'Sociedade Anónima',
  'Compañía Anónima',
  'CA',
  'Sociedad de Responsabilidad Limitada',
  'Ltda',
  'SAC',
  'EIRL',
  // Russia, Belarus and the CIS (Latin and Cyrillic)
  'JSC',
  'OJSC',
  'PJSC',
  'CJSC',
  'OOO',
  'ZAO',
  'OAO',
  'PAO',
  'AO',
  'FSUE',
  'FGUP',
  'RUE',
  'Joint Stock Company',
  'Joint Stock',
  'Stock Company',
  'Public Joint Stock Company',
  'Open Joint Stock Company',
  'Closed Joint Stock Company',
  'Private Joint Stock Company',
  'Federal State Unitary Enterprise',
  'State Unitary Enterprise',
  'Republican Unitary Enterprise',
  'Municipal Unitary Enterprise',
  'Unitary Enterprise',
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'АО',
  'ТОО',
  'ФГУП',
  // Turkey
  'A.Ş.',
  'Anonim Şirketi',
  'Limited Şirketi',
  'Şirketi',
  'Şti',
  'Sanayi ve Ticaret',
  'San. ve Tic.',
  'Industry and Trade',
  // Iran and the Gulf
  'PJS',
  'Sahami Khass',
  'Sherkat',
  'Sherkat-e',
  'FZE',
  'FZCO',
  'FZC',
  'FZ LLC',
  'FZ Company',
  'Free Zone Establishment',
  'Free Zone Company',
  'DMCC',
  'Est',
  // Asia
  'Sdn',
  'Bhd',
  'Berhad',
  'Sendirian Berhad',
  'PT',
  'Tbk',
  'KK',
  'Kabushiki Kaisha',
  'Yugen Kaisha',
  'GK',
  'Youxian Gongsi',
  'Youxian Zeren Gongsi',
  'Gufen Youxian Gongsi',
  'Gongsi',
  '주식회사',
  '유한회사',
  '株式会社',
  '有限会社',
  '合同会社',
  '有限公司',
  '有限责任公司',
  '有限責任公司',
  '股份有限公司',
  '股份公司',
  '公司',
];

/**
 * The legal forms that are also written in front of the name ("OOO Kvant", "PT Telkom",
 * "Sherkat-e Pars"). Kept short on purpose: "A.S. Sokolov" is a person, not a Norwegian AS.
 */
export const LEADING_LEGAL_FORMS: readonly string[] = [
  'LLC',
  'OOO',
  'ZAO',
  'OAO',
  'PAO',
  'AO',
  'JSC',
  'OJSC',
  'PJSC',
  'CJSC',
  'FSUE',
  'FGUP',
  'RUE',
  'PT',
  'Sherkat',
  'Sherkat-e',
  'Joint Stock Company',
  'Public Joint Stock Company',
  'Open Joint Stock Company',
  'Closed Joint Stock Company',
  'Limited Liability Company',
  'Federal State Unitary Enterprise',
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'АО',
  'ФГУП',
  '株式会社',
  '주식회사',
];

/**
 * Legal forms Chinese and Japanese write without a space after the name ("华为技术有限公司"), so they
 * are cut from the end (or, for 株式会社, the start) of a run of characters. Longest first.
 */
export const CJK_LEGAL_SUFFIXES: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '集团有限公司',
  '集團有限公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集團公司',
  '公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '유한회사',
];
export const CJK_LEGAL_PREFIXES: readonly string[] = ['株式会社', '有限会社', '주식회사'];
/** Group in Chinese characters: a designation like the English "Group", cut only when something is left. */
export const CJK_GROUP_SUFFIXES: readonly string[] = ['集团', '集團'];

/**
 * Words that describe a company's structure rather than name it ("Inspur Group" / "Inspur").
 * Unlike legal forms they can matter ("Enterprise" is the name of some firms), so they are only
 * cut from the end, and only while another word remains.
 */
export const GENERIC_DESIGNATIONS: readonly string[] = ['Group', 'Holding', 'Holdings', 'Enterprise', 'Enterprises', 'Establishment', 'Group of Companies'];

/**
 * Connecting words that lists add or leave out freely ("Import & Export" / "Import Export",
 * "Orinoco de Caracas" / "Orinoco Caracas"). "Al" is kept: in Arabic names it is part of the name.
 */
export const CONNECTING_WORDS: readonly string[] = ['the', 'and', 'of', 'for', 'de', 'del', 'da', 'do', 'y', 've', 'und', 'et'];

/**
 * Abbreviations of business words, spelled out so "Intl Tech" and "International Technology"
 * compare as the same words. Only business vocabulary: a stemmer would mangle transliterated
 * names ("Kavosh", "Ayeyar"). Plurals and regional spellings ("Technologies", "Defence") are left
 * to the word comparison; folding them here would make a typo in them ("Defdnce" against
 * "defense") two edits.
 */
export const EQUIVALENT_WORDS: Readonly<Record<string, string>> = {
  // Legal abbreviations, so "Ltd Liability Company" is the phrase "Limited Liability Company".
  ltd: 'limited',
  co: 'company',
  corp: 'corporation',
  inc: 'incorporated',
  // Business abbreviations.
  intl: 'international',
  tech: 'technology',
  mfg: 'manufacturing',
  mfr: 'manufacturer',
  eng: 'engineering',
  engg: 'engineering',
  elec: 'electronic',
  svc: 'service',
  svcs: 'services',
  telecom: 'telecommunication',
  telecoms: 'telecommunications',
  equip: 'equipment',
  info: 'information',
  dev: 'development',
  devt: 'development',
  mgmt: 'management',
  natl: 'national',
  univ: 'university',
  inst: 'institute',
  trdg: 'trading',
  bros: 'brothers',
  st: 'saint',
};
