import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useAction } from '../../ui/use-action';
import { usePagedList } from '../../ui/use-paged-list';
import { QUEUE_FILTER_NAMES, QueueFilters, type QueueFilterValues } from './QueueFilters';
import { QueueStatsLine } from './QueueStatsLine';
import { claimText, formatAge, fourEyesText, openFindingsText, priorityBand } from './queue-format';
import type { ReviewQueueItem } from './queue-types';

/** The auditor's work list: attestations in review, riskiest first, then oldest; claim, release, open. */
export function ReviewQueuePage() {
  const me = useUser();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(QUEUE_FILTER_NAMES.map((name) => [name, params.get(name) ?? ''])) as unknown as QueueFilterValues;
  const queue = usePagedList<ReviewQueueItem>('/review-queue', { ...filters });
  const [generation, setGeneration] = useState(0);
  const lease = useAction((item: ReviewQueueItem, verb: 'claim' | 'release') => api.post(`/review-queue/${item.id}/${verb}`));

  /** The list is read again either way: after a lost race (409) it shows who holds the item now. */
  async function changeLease(item: ReviewQueueItem, verb: 'claim' | 'release') {
    await lease.run(item, verb);
    queue.reload();
    setGeneration((value) => value + 1);
  }

  function setFilter(name: keyof QueueFilterValues, value: string) {
    // From the latest parameters: the URL may not have caught up with a filter set a moment ago.
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  const label = (item: ReviewQueueItem) => `${item.datacenter.name} version ${item.attestation.version}`;
  const columns: Column<ReviewQueueItem>[] = [
    {
      header: 'Priority',
      cell: (item) => (
        <>
          <strong>{item.priority}</strong> <span className="muted">{priorityBand(item.priority)}</span>
        </>
      ),
    },
    {
      header: 'Facility',
      cell: (item) => (
        <>
          <Link to={`/review/${item.attestation.id}?item=${item.id}`}>{label(item)}</Link>
          <div className="muted">{item.organization.name}</div>
        </>
      ),
    },
    { header: 'Country', cell: (item) => `${item.datacenter.countryCode}, Tier ${item.datacenter.tier ?? '?'}` },
    { header: 'H100-eq.', cell: (item) => item.datacenter.h100Equivalents.toLocaleString() },
    { header: 'Open findings', cell: openFindingsText },
    { header: 'Approvals', cell: (item) => <span className={item.secondApproval ? 'badge badge-in_review' : undefined}>{fourEyesText(item, me)}</span> },
    { header: 'Claim', cell: (item) => claimText(item, me) },
    { header: 'Waiting', cell: (item) => formatAge(item.ageSeconds) },
    {
      header: 'Actions',
      cell: (item) =>
        item.claim?.auditorId === me.id ? (
          <button type="button" className="secondary" disabled={lease.busy} onClick={() => void changeLease(item, 'release')} aria-label={`Release ${label(item)}`}>
            Release
          </button>
        ) : item.claim ? null : (
          <button type="button" disabled={lease.busy} onClick={() => void changeLease(item, 'claim')} aria-label={`Claim ${label(item)}`}>
            Claim
          </button>
        ),
    },
  ];

  return (
    <>
      <h1>Review queue</h1>
      <QueueStatsLine generation={generation} />
      <QueueFilters values={filters} onChange={setFilter} />
      <p className="muted">Riskiest first (priority 0–100 from the tier, the facility's size and its findings), then the longest waiting.</p>
      <ErrorMessage error={lease.error} />
      <PagedTable caption="Attestations waiting for review" list={queue} columns={columns} rowKey={(item) => item.id} empty="Nothing to review with these filters." />
    </>
  );
}
