import { api } from '../../api/client';
import { formatNumber } from '../../ui/format';
import { useResource } from '../../ui/use-resource';
import { formatAge } from './queue-format';
import type { ReviewQueueStats } from './queue-types';

/** The whole queue at a glance (GET /review-queue/stats), whatever the filters. */
export function QueueStatsLine({ generation }: { generation: number }) {
  const stats = useResource(() => api.get<ReviewQueueStats>('/review-queue/stats'), [generation]);
  if (!stats.data) return null;
  const { depth, oldestItemAgeSeconds, decisions } = stats.data;
  return (
    <p className="muted" aria-live="polite">
      {formatNumber(depth.total)} in review · {formatNumber(depth.unclaimed)} unclaimed · {formatNumber(depth.awaitingSecondApproval)} awaiting a second approval · oldest waiting{' '}
      {formatAge(oldestItemAgeSeconds)} · median time to a decision over {decisions.windowDays} days: {formatAge(decisions.medianSecondsFromSubmission)}
    </p>
  );
}
