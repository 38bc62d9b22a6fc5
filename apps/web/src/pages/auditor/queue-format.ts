import type { User } from '../../api/types';
import { FINDING_SEVERITIES } from '../../attestation/attestation-types';
import type { ReviewQueueItem } from './queue-types';

/** "3 d 4 h", "25 min": how long something has waited, at the precision a work list needs. */
export function formatAge(seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** Open findings by severity, worst first: "1 major, 2 minor", or "none open". */
export function openFindingsText(item: ReviewQueueItem): string {
  const parts = FINDING_SEVERITIES.filter((severity) => item.findings.open[severity] > 0).map((severity) => `${item.findings.open[severity]} ${severity}`);
  return parts.length > 0 ? parts.join(', ') : 'none open';
}

/** The four-eyes state: how many approvals it needs and whether a first one is already in. */
export function fourEyesText(item: Pick<ReviewQueueItem, 'approvals' | 'approvalsRequired'>, me: User): string {
  const given = item.approvals.length;
  if (item.approvalsRequired <= 1) return 'One approval';
  if (given === 0) return `Four eyes: ${item.approvalsRequired} approvals needed`;
  const mine = item.approvals.some((approval) => approval.auditorId === me.id);
  return `Second approval needed (${given} of ${item.approvalsRequired}${mine ? ', the first is yours' : ''})`;
}

export function claimText(item: ReviewQueueItem, me: User): string {
  if (!item.claim) return 'Unclaimed';
  const until = new Date(item.claim.leaseUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return item.claim.auditorId === me.id ? `Claimed by you until ${until}` : `Claimed by another auditor until ${until}`;
}

/** The queue's priority (0–100) in the bands the queue statistics use. */
export function priorityBand(priority: number): string {
  if (priority >= 80) return 'very high';
  if (priority >= 60) return 'high';
  if (priority >= 40) return 'medium';
  if (priority >= 20) return 'low';
  return 'very low';
}
