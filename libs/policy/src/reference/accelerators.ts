import type { PolicyAccelerator } from '../policy-pack.schema';

/** TPP per accelerator from vendor datasheets (dense TFLOPS × bit length; estimates say so). */
export const REFERENCE_ACCELERATORS: PolicyAccelerator[] = [
  { vendor: 'NVIDIA', model: 'H100', tpp: 15_832, matches: ['\\bH100\\b'], note: '1,979 dense FP8 TFLOPS × 8' },
  { vendor: 'NVIDIA', model: 'H200', tpp: 15_832, matches: ['\\bH200\\b'], note: 'same compute as H100' },
  { vendor: 'NVIDIA', model: 'H800', tpp: 15_832, matches: ['\\bH800\\b'] },
  { vendor: 'NVIDIA', model: 'H20', tpp: 2_368, matches: ['\\bH20\\b'], note: '296 dense FP8 TFLOPS × 8 (computed)' },
  { vendor: 'NVIDIA', model: 'A100', tpp: 4_992, matches: ['\\bA100\\b'], note: '624 INT8 TOPS × 8' },
  { vendor: 'NVIDIA', model: 'A800', tpp: 4_992, matches: ['\\bA800\\b'] },
  { vendor: 'NVIDIA', model: 'B100', tpp: 28_000, matches: ['\\bB100\\b'], note: '3.5 PF dense FP8 (computed, approximate)' },
  { vendor: 'NVIDIA', model: 'B200', tpp: 36_000, matches: ['\\bB200\\b'], note: '4.5 PF dense FP8' },
  { vendor: 'NVIDIA', model: 'GB200 (per GPU)', tpp: 40_000, matches: ['\\bGB200\\b'], note: '5 PF dense FP8 per GPU (computed, approximate); count GPUs, not superchips' },
  { vendor: 'NVIDIA', model: 'L40S', tpp: 5_864, matches: ['\\bL40S\\b'], note: '733 dense FP8 TFLOPS (computed, approximate)' },
  { vendor: 'AMD', model: 'MI300X', tpp: 20_919, matches: ['\\bMI300X\\b'], note: '2,615 dense FP8 TFLOPS (computed, approximate)' },
  { vendor: 'AMD', model: 'MI325X', tpp: 20_919, matches: ['\\bMI325X\\b'] },
  { vendor: 'Huawei', model: 'Ascend 910B', tpp: 5_120, matches: ['\\bAscend\\s*910B\\b', '\\b910B\\b'], note: 'estimate: ~320 FP16 TFLOPS × 16' },
  { vendor: 'Huawei', model: 'Ascend 910C', tpp: 12_800, matches: ['\\bAscend\\s*910C\\b', '\\b910C\\b'], note: 'estimate: ~780–800 BF16 TFLOPS × 16' },
];
