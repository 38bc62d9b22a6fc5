import type { PolicyPack } from '../policy-pack.schema';

/**
 * Chinese-origin AI accelerators named in public guidance and the reference list of makers. Each
 * rule names the maker (Latin and Chinese spellings) and, where a model name is distinctive, the
 * model family itself, so a line such as "OEM, Ascend 910C" or "Generic, Atlas 300I" is caught
 * whatever vendor string precedes it. Patterns are RE2, case-insensitive, and also meet the folded
 * spelling (hyphens and underscores read as spaces), so `\s*` covers "MLU-370" and "MLU370" alike.
 * A catalog model whose catalog name a rule matches (the Ascend 910B/910C entries) is prohibited
 * under that rule however the line spells its vendor.
 */
export const REFERENCE_PROHIBITED_HARDWARE: PolicyPack['prohibitedHardware'] = [
  {
    id: 'HUAWEI-ASCEND',
    // "ascend" then a word end or a digit: "Ascend 910B", "Ascend910B"; Atlas 200/300/500/800/900 are Ascend cards and servers.
    pattern: '\\b(huawei|hisilicon)|华为|海思|昇腾|\\bascend(\\b|\\d)|\\batlas\\s*[235789]00[a-z]?\\b|\\b910[a-d]\\d?\\b',
    reason: 'Huawei/HiSilicon Ascend (May 2025 BIS guidance)',
  },
  { id: 'PCI-VENDOR-19E5', pattern: '\\b19e5\\b', reason: "Huawei's PCI vendor id" },
  { id: 'CAMBRICON', pattern: '\\bcambricon\\b|寒武纪|\\bmlu\\s*\\d{3}', reason: 'Cambricon (Entity List 2022)' },
  { id: 'HYGON', pattern: '\\bhygon\\b|海光', reason: 'Hygon DCU' },
  { id: 'BIREN', pattern: '\\bbiren\\b|壁仞|\\bBR10[04]\\b', reason: 'Biren Technology (Entity List 2023)' },
  { id: 'MOORE-THREADS', pattern: '\\bmoore\\s*threads\\b|摩尔线程|\\bMTT\\s*S\\d+', reason: 'Moore Threads (Entity List 2023)' },
  { id: 'METAX', pattern: '\\bmetax\\b|沐曦', reason: 'MetaX' },
  { id: 'ILUVATAR', pattern: '\\biluvatar\\b|天数智芯', reason: 'Iluvatar CoreX' },
  { id: 'ENFLAME', pattern: '\\benflame\\b|燧原', reason: 'Enflame' },
  { id: 'KUNLUNXIN', pattern: '\\bkunlun(xin)?\\b|昆仑芯', reason: 'Kunlunxin' },
];
