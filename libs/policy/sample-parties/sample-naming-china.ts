import { type CountryNaming, pairs, parts, type SampleName } from './sample-naming';
import type { SeededRandom } from './seeded-random';

// Invented names for the sample list. The parts are ordinary place names and words; their
// combinations are not meant to name any real company or person.

const CN_CITIES = parts(
  "Shenzhen=深圳; Dongguan=东莞; Suzhou=苏州; Wuxi=无锡; Chengdu=成都; Xi'an|Xian=西安; Hefei=合肥; Wuhan=武汉; Tianjin=天津; Shanghai=上海; Beijing|Peking=北京; Hangzhou=杭州; Nanjing=南京; Changsha=长沙; Qingdao|Tsingtao=青岛; Xiamen|Amoy=厦门; Zhuhai=珠海; Harbin=哈尔滨; Shenyang=沈阳; Chongqing|Chungking=重庆; Guangzhou|Canton=广州; Ningbo=宁波; Jinan=济南; Zhengzhou=郑州; Kunming=昆明; Mianyang=绵阳; Changzhou=常州; Foshan=佛山; Dalian=大连; Taiyuan=太原; Guiyang=贵阳; Nanchang=南昌",
);

const CN_WORDS = parts(
  'Longhua=龙华; Huaxin=华芯; Hengtong=恒通; Ruida=瑞达; Tianyu=天宇; Jinhai=金海; Xinda=信达; Haitai=海泰; Boyuan=博远; Dingsheng=鼎盛; Hongtu=宏图; Yuanjing=远景; Kaiyuan=开元; Zhongtian=中天; Huarui=华瑞; Xinchen=芯辰; Jiahe=嘉禾; Tengfei=腾飞; Yaxing=亚星; Guangyu=光宇; Hanxin=汉信; Mingde=明德; Shengda=盛达; Weilan=蔚蓝; Hongxin=宏鑫; Jingwei=经纬; Lianchuang=联创; Anxin=安芯; Chuangyuan=创远; Fuhua=富华; Guoxin=国信; Haoyang=浩洋; Jinrui=金瑞; Kangda=康达; Lihua=立华; Minghui=明辉; Qixing=启星; Ruitong=瑞通; Shunda=顺达; Taihe=泰和; Wanhong=万宏; Xingyun=星云; Yida=亿达; Zhongrui=中瑞; Zhihe=智和',
);

const CN_INDUSTRIES = parts(
  'Precision Electronics=精密电子; Microelectronics=微电子; Semiconductor Equipment=半导体设备; Optoelectronic Technology=光电科技; Information Technology=信息技术; Intelligent Computing=智能计算; Import and Export Trading|Import & Export Trading=进出口贸易; Electronic Components=电子元器件; Integrated Circuit Design|IC Design=集成电路设计; Network Technology=网络科技; Data Technology=数据科技; Communication Equipment=通信设备; New Materials=新材料; Cloud Computing Technology=云计算技术; Testing Instruments=测试仪器; Supply Chain Management=供应链管理; Server Technology=服务器技术; Photonics=光子; Storage Technology=存储科技; Automation Technology=自动化技术',
);

const CN_MILITARY_INDUSTRIES = parts(
  'Aerospace Electronics=航天电子; Radar Technology=雷达技术; Electronic Countermeasures Technology|ECM Technology=电子对抗技术; Navigation and Control=导航控制; Special Equipment=特种装备; Military-Civil Fusion Technology|Civil-Military Fusion Technology=军民融合科技; Guidance Technology=制导技术; Unmanned Systems=无人系统; Satellite Communication=卫星通信; Ordnance Electronics Research Institute=兵器电子研究所',
);

const CN_FORMS = parts('Co., Ltd.|Co. Ltd|Company Limited=有限公司; Group Co., Ltd.|Group Company Limited=集团有限公司; Joint Stock Co., Ltd.|JSC|Stock Company Limited=股份有限公司');

const CN_FAMILY = parts(
  'Wang=王; Li|Lee=李; Zhang|Chang=张; Liu=刘; Chen|Chan=陈; Yang=杨; Zhao|Chao=赵; Huang|Hwang=黄; Zhou|Chou=周; Wu=吴; Xu|Hsu=徐; Sun=孙; Hu=胡; Zhu|Chu=朱; Gao|Kao=高; Lin=林; He|Ho=何; Guo|Kuo=郭; Ma=马; Luo|Lo=罗',
);
const CN_GIVEN_FIRST = parts(
  'Jian=建; Xiao=晓; Hai=海; Zhi=志; Hong=宏; Guo=国; Wen=文; Yu=宇; Chun=春; Xiu=秀; Zhen=振; Jia=嘉; Shu=淑; Ya=雅; Yong=永; Li=丽; Hui=慧; Ming=明; Tian=天; Rui=瑞; De=德; Jin=金; Xin=新; Zi=子',
);
const CN_GIVEN_SECOND = parts(
  'guo=国; ming=明; tao=涛; qiang=强; wei=伟; hua=华; long=龙; hang=航; mei=梅; ying=英; yu=宇; jie=杰; lin=林; feng=峰; bo=波; hui=辉; ling=玲; fang=芳; jun=军; xin=鑫; peng=鹏; chao=超; hao=浩; yan=燕',
);

/** Mainland names: family name first, with the characters and the Western order as aliases. */
function chinesePerson(random: SeededRandom): SampleName {
  const family = random.pick(CN_FAMILY);
  const first = random.pick(CN_GIVEN_FIRST);
  const second = random.pick(CN_GIVEN_SECOND);
  const given = `${first.latin}${second.latin}`;
  const aliases = [`${given} ${family.latin}`, `${family.latin} ${first.latin}-${second.latin}`, `${family.native}${first.native}${second.native}`];
  if (family.variants.length > 0) aliases.push(`${random.pick(family.variants)} ${given}`);
  return { name: `${family.latin} ${given}`, aliases };
}

const HK_WORDS = [
  ...CN_WORDS.map((word) => ({ latin: word.latin, variants: [] })),
  ...pairs(['Sino', 'Ever', 'Grand', 'Pacific', 'Oriental', 'Wing', 'Kam', 'Fortune'], ['Tech', 'Rich', 'Win', 'Link', 'Star', 'Bright']),
];
const HK_FAMILY = parts('Chan=陳; Wong=黃; Leung=梁; Cheung=張; Lau=劉; Lee=李; Ho=何; Ng=吳; Lam=林; Tang=鄧; Chow=周; Tsang=曾; Yeung=楊; Cheng=鄭; Kwok=郭');
const HK_GIVEN = parts('Ka=家; Wai=偉; Man=文; Chi=志; Kin=健; Ming=明; Siu=少; Yuk=玉; Tak=德; Kwok=國; Hung=雄; Ho=浩; Fai=輝; Lok=樂; Yan=欣; Shing=成; Kit=傑; Wing=榮; Chun=俊; Hei=熙');
const ENGLISH_GIVEN = ['Peter', 'David', 'Michael', 'Kenneth', 'Raymond', 'Alan', 'Eric', 'Vincent', 'Jason', 'Tony', 'Mary', 'Grace', 'Winnie', 'Cindy', 'Joyce'];

/** Hong Kong names: Cantonese romanisation, often with an English given name in front. */
function hongKongPerson(random: SeededRandom): SampleName {
  const family = random.pick(HK_FAMILY);
  const first = random.pick(HK_GIVEN);
  const second = random.pick(HK_GIVEN);
  const hyphenated = `${first.latin}-${second.latin.toLowerCase()}`;
  const aliases = [`${family.latin} ${hyphenated}`, `${hyphenated} ${family.latin}`, `${family.native}${first.native}${second.native}`];
  if (random.chance(0.3)) aliases.push(`${random.pick(ENGLISH_GIVEN)} ${family.latin} ${hyphenated}`);
  return { name: `${family.latin} ${first.latin} ${second.latin}`, aliases };
}

export const CHINA_NAMING: CountryNaming = {
  country: 'CN',
  weight: 30,
  company: {
    prefixes: CN_CITIES,
    words: CN_WORDS,
    industries: CN_INDUSTRIES,
    militaryIndustries: CN_MILITARY_INDUSTRIES,
    legalForms: CN_FORMS,
    compose: ({ prefix, word, industry, form }) => `${prefix} ${word} ${industry} ${form}`,
    composeNative: ({ prefix, word, industry, form }) => `${prefix}${word}${industry}${form}`,
    shortName: ({ word, industry }) => `${word} ${industry}`,
  },
  person: chinesePerson,
};

export const HONG_KONG_NAMING: CountryNaming = {
  country: 'HK',
  weight: 6,
  company: {
    prefixes: parts('(Hong Kong)|(HK)|(H.K.); International|Intl.; (Asia)|Asia; Global'),
    words: HK_WORDS,
    industries: parts('Electronics; Technology|Tech; Trading; Semiconductor; Components; Supply Chain; Logistics; Industrial; International Trade; Computer'),
    militaryIndustries: parts('Aerospace Components; Defence Electronics|Defense Electronics; Navigation Technology; Radar Components'),
    legalForms: parts('Limited|Ltd|Ltd.; Company Limited|Co., Ltd.|Co Ltd'),
    compose: ({ prefix, word, industry, form }) => `${word} ${industry} ${prefix} ${form}`,
    shortName: ({ word, industry }) => `${word} ${industry}`,
  },
  person: hongKongPerson,
};
