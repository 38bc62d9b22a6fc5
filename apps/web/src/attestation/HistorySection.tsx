import type { User } from '../api/types';
import { formatDateTime } from '../ui/format';
import { EmptyState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import type { HistoryStep } from './attestation-types';
import { whoIs } from './who';

/** Every status change, oldest first, with who made it and why. */
export function HistorySection({ history, me }: { history: HistoryStep[]; me: User }) {
  return (
    <section aria-labelledby="attestation-history">
      <h2 id="attestation-history">History</h2>
      {history.length === 0 ? (
        <EmptyState>No status changes yet.</EmptyState>
      ) : (
        <table>
          <caption className="visually-hidden">Status changes of the attestation</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Step</th>
              <th scope="col">Status</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {history.map((step, index) => (
              <tr key={`${step.at}-${index}`}>
                <td>{formatDateTime(step.at)}</td>
                <td>{step.event.replace(/_/g, ' ')}</td>
                <td>
                  {step.from && (
                    <>
                      <StatusBadge status={step.from} /> →{' '}
                    </>
                  )}
                  <StatusBadge status={step.to} />
                </td>
                <td>{whoIs(step.actor.id, me, step.actor.type)}</td>
                <td>{step.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
