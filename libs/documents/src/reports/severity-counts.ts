import { FINDING_SEVERITIES, type FindingSeverity } from '@tiergate/policy';

export type SeverityCounts = Record<FindingSeverity, number>;

export function emptySeverityCounts(): SeverityCounts {
  return { blocker: 0, major: 0, minor: 0, info: 0 };
}

export function isFindingSeverity(value: string): value is FindingSeverity {
  return (FINDING_SEVERITIES as readonly string[]).includes(value);
}
