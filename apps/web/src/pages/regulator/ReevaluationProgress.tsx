import { formatNumber } from '../../ui/format';
import type { PolicyVersion } from './policy-types';

/** After activation the worker re-checks every facility with an approved or in-review attestation. */
export function ReevaluationProgress({ reevaluation, awaitingWorker = false }: { reevaluation: PolicyVersion['reevaluation']; awaitingWorker?: boolean }) {
  if (!reevaluation) {
    return <span className="muted">{awaitingWorker ? 'Waiting for the worker to start…' : 'none recorded'}</span>;
  }
  const { total, done } = reevaluation;
  const finished = done >= total;
  return (
    <span className="reg-progress-line">
      <progress max={Math.max(total, 1)} value={finished ? Math.max(total, 1) : done} aria-label="Re-evaluation progress" />
      <span>{finished ? `done: ${formatNumber(total)} ${total === 1 ? 'facility' : 'facilities'} re-checked` : `${formatNumber(done)} of ${formatNumber(total)} facilities re-checked`}</span>
    </span>
  );
}
