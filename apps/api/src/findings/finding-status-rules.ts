import type { FindingStatus } from '@tiergate/persistence';

/**
 * Who moves a finding where: the operator answers an open one (`remediated`); an auditor closes it
 * (accepting the answer, or without one) or reopens it (the answer was not enough, or a closed
 * finding turned out to matter after all).
 */
export type FindingChanger = 'operator' | 'auditor';

const ALLOWED: Readonly<Record<FindingChanger, Partial<Record<FindingStatus, readonly FindingStatus[]>>>> = {
  operator: { remediated: ['open'] },
  auditor: { closed: ['open', 'remediated'], open: ['remediated', 'closed'] },
};

/** The statuses `changer` may set at all, for the 400 that names them. */
export function statusesSettableBy(changer: FindingChanger): FindingStatus[] {
  return Object.keys(ALLOWED[changer]) as FindingStatus[];
}

export function canChangeFinding(changer: FindingChanger, from: FindingStatus, to: FindingStatus): boolean {
  return ALLOWED[changer][to]?.includes(from) ?? false;
}
