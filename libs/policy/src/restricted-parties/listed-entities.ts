import type { RestrictedParty } from '../policy-pack.schema';

export const ENTITY_LIST_SOURCE = 'Entity List (EL) - Bureau of Industry and Security';

type ListedEntity = Pick<RestrictedParty, 'id' | 'name' | 'aliases' | 'listedYear' | 'militaryEndUser'>;

/**
 * Real entities on the US Entity List that matter for AI compute, as named in the public record
 * (Federal Register rules of the year given). Aliases are the spellings a screening should catch:
 * English short names, romanisations and Chinese names.
 *
 * militaryEndUser is true only where the public record names the entity itself as military (NUDT,
 * a PLA university). Sugon, Phytium and others were listed over military *end uses* of their
 * products; they are commercial companies and not on the Military End User list, so they stay false
 * here — a regulator can publish a stricter pack.
 */
const LISTED: readonly ListedEntity[] = [
  {
    id: 'EL-HUAWEI',
    name: 'Huawei Technologies Co., Ltd.',
    aliases: ['Huawei', 'Huawei Technologies', 'Hua Wei Technologies', 'Huawei Jishu Youxian Gongsi', '华为', '华为技术有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-HISILICON',
    name: 'HiSilicon Technologies Co., Ltd.',
    aliases: ['HiSilicon', 'Hisilicon Semiconductor', 'Shenzhen HiSilicon Semiconductor Co., Ltd.', 'Haisi Bandaoti', '海思', '海思半导体有限公司', '深圳市海思半导体有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-SUGON',
    name: 'Dawning Information Industry Co., Ltd.',
    aliases: ['Sugon', 'Dawning', 'Dawning Information Industry', 'Zhongke Shuguang', 'Shuguang', '中科曙光', '曙光信息产业股份有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-HIKVISION',
    name: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
    aliases: ['Hikvision', 'Hik Vision', 'Hikvision Digital Technology', 'Haikang Weishi', '海康威视', '杭州海康威视数字技术股份有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-IFLYTEK',
    name: 'iFLYTEK Co., Ltd.',
    aliases: ['iFlytek', 'iFly Tek', 'Anhui USTC iFlytek Co., Ltd.', 'Keda Xunfei', '科大讯飞', '科大讯飞股份有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-SENSETIME',
    name: 'Beijing SenseTime Technology Development Co., Ltd.',
    aliases: ['SenseTime', 'Sense Time', 'SenseTime Group', 'Shangtang Keji', '商汤科技', '北京市商汤科技开发有限公司'],
    listedYear: 2019,
    militaryEndUser: false,
  },
  {
    id: 'EL-NUDT',
    name: 'National University of Defense Technology',
    aliases: ['NUDT', 'PLA National University of Defense Technology', "People's Liberation Army National University of Defense Technology", 'Guofang Keji Daxue', '国防科技大学', '国防科学技术大学'],
    listedYear: 2015,
    militaryEndUser: true,
  },
  {
    id: 'EL-SMIC',
    name: 'Semiconductor Manufacturing International Corporation',
    aliases: ['SMIC', 'Semiconductor Manufacturing International Corp.', 'Zhongxin Guoji', '中芯国际', '中芯国际集成电路制造有限公司'],
    listedYear: 2020,
    militaryEndUser: false,
  },
  {
    id: 'EL-PHYTIUM',
    name: 'Tianjin Phytium Information Technology Co., Ltd.',
    aliases: ['Phytium', 'Phytium Technology', 'Tianjin Phytium', 'Feiteng', '飞腾', '天津飞腾信息技术有限公司'],
    listedYear: 2021,
    militaryEndUser: false,
  },
  {
    id: 'EL-YMTC',
    name: 'Yangtze Memory Technologies Co., Ltd.',
    aliases: ['YMTC', 'Yangtze Memory', 'Yangtze Memory Technologies', 'Changjiang Cunchu', '长江存储', '长江存储科技有限责任公司'],
    listedYear: 2022,
    militaryEndUser: false,
  },
  {
    id: 'EL-CAMBRICON',
    name: 'Cambricon Technologies Corporation Limited',
    aliases: ['Cambricon', 'Cambricon Technologies', 'Beijing Zhongke Cambricon Technology Co., Ltd.', 'Zhongke Hanwuji', '寒武纪', '中科寒武纪科技股份有限公司'],
    listedYear: 2022,
    militaryEndUser: false,
  },
  {
    id: 'EL-INSPUR',
    name: 'Inspur Group Co., Ltd.',
    aliases: ['Inspur', 'Inspur Group', 'Langchao', 'Langchao Jituan', '浪潮', '浪潮集团有限公司'],
    listedYear: 2023,
    militaryEndUser: false,
  },
  {
    id: 'EL-BIREN',
    name: 'Beijing Biren Technology Development Co., Ltd.',
    aliases: ['Biren', 'Biren Technology', 'Birentech', 'Shanghai Biren Intelligent Technology Co., Ltd.', 'Shanghai Biren Technology Co., Ltd.', '壁仞科技', '上海壁仞科技股份有限公司'],
    listedYear: 2023,
    militaryEndUser: false,
  },
  {
    id: 'EL-MOORE-THREADS',
    name: 'Moore Threads Technology Co., Ltd.',
    aliases: ['Moore Threads', 'MooreThreads', 'Moore Threads Intelligent Technology (Beijing) Co., Ltd.', 'Moer Xiancheng', '摩尔线程', '摩尔线程智能科技(北京)有限责任公司'],
    listedYear: 2023,
    militaryEndUser: false,
  },
  {
    id: 'EL-SOPHGO',
    name: 'Sophgo Technologies Ltd.',
    aliases: ['Sophgo', 'Sophgo Technologies', 'Suanneng Keji', '算能', '算能科技', '北京算能科技有限公司'],
    listedYear: 2025,
    militaryEndUser: false,
  },
  {
    id: 'EL-ZHIPU',
    name: 'Beijing Zhipu Huazhang Technology Co., Ltd.',
    aliases: ['Zhipu AI', 'Zhipu', 'Zhipu Huazhang', 'Z.ai', '智谱', '智谱AI', '北京智谱华章科技有限公司'],
    listedYear: 2025,
    militaryEndUser: false,
  },
];

/** The real, publicly listed entities every reference pack carries (never sample data). */
export const LISTED_ENTITIES: RestrictedParty[] = LISTED.map((entity) => ({ ...entity, country: 'CN', source: ENTITY_LIST_SOURCE, sample: false }));
