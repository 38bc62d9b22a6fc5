import type { Condition } from '../api-shapes';

/**
 * The five conditions of the regime. The policy pack fixes these ids (its schema allows C1–C5 only)
 * and sorts its controls under them; the names here are only the steps' headings.
 */
export const CONDITIONS: readonly { id: Condition; name: string }[] = [
  { id: 'C1', name: 'No Tier 3 military ties' },
  { id: 'C2', name: 'No prohibited hardware' },
  { id: 'C3', name: 'Controlled from a Tier 1 country' },
  { id: 'C4', name: 'Current security controls' },
  { id: 'C5', name: 'No diversion' },
];

export type Step = Condition | 'review';

export const STEPS: readonly Step[] = [...CONDITIONS.map((condition) => condition.id), 'review'];

export function stepOf(value: string | null): Step {
  return STEPS.find((step) => step === value) ?? 'C1';
}

export function stepLabel(step: Step): string {
  if (step === 'review') return 'Review';
  const condition = CONDITIONS.find((item) => item.id === step);
  return `${step}: ${condition?.name ?? step}`;
}
