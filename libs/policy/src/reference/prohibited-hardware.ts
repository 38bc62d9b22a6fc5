import type { PolicyPack } from '../policy-pack.schema';

/** Chinese-origin AI accelerators named in public guidance and the reference list of makers. */
export const REFERENCE_PROHIBITED_HARDWARE: PolicyPack['prohibitedHardware'] = [
  { id: 'HUAWEI-ASCEND', pattern: '\\b(huawei|hisilicon)\\b|\\bascend\\b', reason: 'Huawei/HiSilicon Ascend (May 2025 BIS guidance)' },
  { id: 'PCI-VENDOR-19E5', pattern: '\\b19e5\\b', reason: "Huawei's PCI vendor id" },
  { id: 'CAMBRICON', pattern: '\\bcambricon\\b|\\bmlu\\s*\\d{3}', reason: 'Cambricon (Entity List 2022)' },
  { id: 'HYGON', pattern: '\\bhygon\\b', reason: 'Hygon DCU' },
  { id: 'BIREN', pattern: '\\bbiren\\b|\\bBR10[04]\\b', reason: 'Biren Technology (Entity List 2023)' },
  { id: 'MOORE-THREADS', pattern: '\\bmoore\\s*threads\\b|\\bMTT\\s*S\\d+', reason: 'Moore Threads (Entity List 2023)' },
  { id: 'METAX', pattern: '\\bmetax\\b', reason: 'MetaX' },
  { id: 'ILUVATAR', pattern: '\\biluvatar\\b', reason: 'Iluvatar CoreX' },
  { id: 'ENFLAME', pattern: '\\benflame\\b', reason: 'Enflame' },
  { id: 'KUNLUNXIN', pattern: '\\bkunlun(xin)?\\b', reason: 'Kunlunxin' },
];
