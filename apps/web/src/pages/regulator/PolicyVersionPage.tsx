import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/states';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDateTime } from '../../ui/format';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/use-action';
import { useResource } from '../../ui/use-resource';
import { ConfirmAction } from './ConfirmAction';
import { PackSummary } from './PackSummary';
import { reevaluationRunning, type PolicyVersion, type PolicyVersionDetail } from './policy-types';
import { ReevaluationProgress } from './ReevaluationProgress';
import { useVersionProgress } from './use-version-progress';

export function PolicyVersionPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const detail = useResource(() => api.get<PolicyVersionDetail>(`/policy/versions/${id}`), [id]);
  // Kept with the id they belong to: following a link to another version reuses this component.
  const [activatedHere, setActivatedHere] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  // Whether to poll depends on the state the polling returns, so the decision reaches the hook through state.
  const [polling, setPolling] = useState(false);
  const progress = useVersionProgress(id, polling);
  const approve = useAction(async () => {
    const version = await api.post<PolicyVersion>(`/policy/versions/${id}/approve`);
    progress.setLatest(version);
    setNotice({ id, text: `You approved version ${version.version} (${version.approvals.length} of ${version.approvalsRequired} approvals).` });
  });
  const activate = useAction(async () => {
    const version = await api.post<PolicyVersion>(`/policy/versions/${id}/activate`);
    progress.setLatest(version);
    setActivatedHere(id);
    setNotice({ id, text: `Version ${version.version} is active. The worker now re-checks the affected facilities.` });
  });

  // The pack is read once; the state shown is the newest known.
  const version = detail.data && { ...detail.data, ...progress.latest };
  const awaitingWorker = activatedHere === id && version?.status === 'active' && version.reevaluation === null;
  const shouldPoll = version !== undefined && (awaitingWorker || (version.status === 'active' && reevaluationRunning(version)));
  useEffect(() => setPolling(shouldPoll), [shouldPoll]);

  if (detail.error)
    return (
      <VersionFrame title="Policy version">
        <ErrorMessage error={detail.error} />
      </VersionFrame>
    );
  if (!version)
    return (
      <VersionFrame title="Policy version">
        <Loading />
      </VersionFrame>
    );

  const approvedByMe = version.approvals.some((approval) => approval.approvedBy === user.id);
  const approvalBarred = approvalBarredFor(user, version);
  const approvalsMissing = Math.max(0, version.approvalsRequired - version.approvals.length);
  return (
    <VersionFrame title={`Policy version ${version.version}`}>
      {notice?.id === id && (
        <p className="notice" role="status">
          {notice.text}
        </p>
      )}
      <ErrorMessage error={approve.error ?? activate.error} />
      <section className="card" aria-labelledby="version-state-title">
        <h2 id="version-state-title">{version.title}</h2>
        <dl className="reg-key-values">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={version.status} />
          </dd>
          <dt>Published</dt>
          <dd>
            {formatDateTime(version.publishedAt)} by {version.publishedBy === user.id ? 'you' : <code>{version.publishedBy}</code>}
          </dd>
          <dt>Activated</dt>
          <dd>{formatDateTime(version.activatedAt)}</dd>
          <dt>Approvals</dt>
          <dd>
            {version.approvals.length} of {version.approvalsRequired} required
            {version.approvals.length > 0 && (
              <ul className="reg-plain-list">
                {version.approvals.map((approval) => (
                  <li key={approval.approvedBy}>
                    {approval.approvedBy === user.id ? 'you' : <code>{approval.approvedBy}</code>} on {formatDateTime(approval.approvedAt)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Re-evaluation</dt>
          <dd aria-live="polite">
            <ReevaluationProgress reevaluation={version.reevaluation} awaitingWorker={awaitingWorker} />
          </dd>
        </dl>
        <div className="actions">
          {version.status !== 'active' &&
            (approvedByMe ? (
              <p className="muted">You have approved this version.</p>
            ) : approvalBarred ? (
              <p className="muted">{approvalBarred}</p>
            ) : (
              <ConfirmAction
                label="Approve…"
                confirmLabel={`Yes, approve ${version.version}`}
                consequence={`Your approval counts towards the ${version.approvalsRequired} distinct regulator approvals that activation needs.`}
                busy={approve.busy}
                onConfirm={() => approve.run()}
              />
            ))}
          {version.status !== 'active' &&
            (approvalsMissing > 0 ? (
              <p className="muted">
                Activation needs {approvalsMissing} more regulator {approvalsMissing === 1 ? 'approval' : 'approvals'}.
              </p>
            ) : (
              <ConfirmAction
                label="Activate…"
                confirmLabel={`Yes, activate ${version.version}`}
                consequence="The active version retires at once, and every facility with an approved or in-review attestation is re-checked under this one; new blockers suspend facilities."
                busy={activate.busy}
                onConfirm={() => activate.run()}
              />
            ))}
          <button type="button" className="secondary" onClick={() => saveFile(new Blob([JSON.stringify(version.pack, null, 2)], { type: 'application/json' }), `policy-pack-${version.version}.json`)}>
            Download pack (JSON)
          </button>
        </div>
      </section>
      <PackSummary pack={version.pack} />
    </VersionFrame>
  );
}

/** The approve endpoint's segregation-of-duties rules, said before the regulator tries (the API refuses with the same reasons). */
function approvalBarredFor(user: { id: string; jurisdictions: string[] }, version: PolicyVersionDetail): string | null {
  if (version.publishedBy === user.id) return 'You published this version; its approvals come from other regulators.';
  if (user.jurisdictions.length === 0) return null;
  const packJurisdictions = version.pack.jurisdictions ?? [];
  if (packJurisdictions.length === 0) return 'This is a global pack; only regulators without a jurisdiction approve it.';
  const uncovered = packJurisdictions.filter((code) => !user.jurisdictions.includes(code));
  return uncovered.length > 0 ? `This pack is also for ${uncovered.join(', ')}, outside your jurisdiction; regulators covering all of its countries approve it.` : null;
}

function VersionFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="reg-page">
      <p>
        <Link to="/policy">← All policy versions</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
