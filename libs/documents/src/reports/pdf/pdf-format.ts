import type { FacilityStatus } from '../facility-status';

/** Figures as a printed report shows them: grouped thousands, at most three decimals. */
export function formatFigure(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

export const STATUS_LABELS: Readonly<Record<FacilityStatus, string>> = Object.freeze({
  compliant: 'Compliant',
  non_compliant: 'Non-compliant',
  suspended: 'Suspended',
  expired: 'Expired',
  pending: 'Pending',
  unattested: 'Unattested',
});

/** Distinguishable in print and in grey scale: dark to light runs from compliant to unattested. */
export const STATUS_COLOURS: Readonly<Record<FacilityStatus, string>> = Object.freeze({
  compliant: '#1b7837',
  non_compliant: '#b2182b',
  suspended: '#e08214',
  expired: '#8073ac',
  pending: '#4393c3',
  unattested: '#bababa',
});

/** Chart and legend order: the statuses a regulator acts on first. */
export const CHART_STATUS_ORDER: readonly FacilityStatus[] = ['compliant', 'non_compliant', 'suspended', 'expired', 'pending', 'unattested'];
