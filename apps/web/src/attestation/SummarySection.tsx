import { StatusBadge } from '../ui/StatusBadge';
import { formatDate, formatDateTime } from '../ui/format';
import type { ActivePolicy, Attestation, DatacenterSummary } from './attestation-types';
import { pendingFirstApproval } from './four-eyes';

interface SummarySectionProps {
  attestation: Attestation;
  datacenter: DatacenterSummary | undefined;
  organizationName: string | undefined;
  policy: ActivePolicy | undefined;
}

/** What the attestation is about and where it stands: facility, status, policy version, dates. */
export function SummarySection({ attestation, datacenter, organizationName, policy }: SummarySectionProps) {
  const firstApproval = pendingFirstApproval(attestation);
  return (
    <section aria-labelledby="attestation-summary" className="card att-card">
      <h2 id="attestation-summary">
        {datacenter ? `${datacenter.name}, version ${attestation.version}` : `Attestation version ${attestation.version}`} <StatusBadge status={attestation.status} />
      </h2>
      {firstApproval && <p className="notice">Four eyes: a first approval was recorded on {formatDateTime(firstApproval.decidedAt)}. A second, different auditor must approve before it is final.</p>}
      <dl className="att-facts">
        <dt>Datacenter</dt>
        <dd>{datacenter ? `${datacenter.name} (${[datacenter.city, datacenter.countryCode].filter(Boolean).join(', ')})` : attestation.datacenterId}</dd>
        <dt>Tier</dt>
        <dd>{datacenter?.tier ?? '—'}</dd>
        <dt>Organisation</dt>
        <dd>{organizationName ?? attestation.organizationId}</dd>
        <dt>Policy version</dt>
        <dd>{policyVersionLabel(attestation.policyVersionId, policy)}</dd>
        <dt>Submitted</dt>
        <dd>{formatDateTime(attestation.submittedAt)}</dd>
        <dt>Valid</dt>
        <dd>{attestation.validFrom ? `${formatDate(attestation.validFrom)} to ${formatDate(attestation.validUntil)}` : 'not yet approved'}</dd>
        <dt>Signed</dt>
        <dd>{attestation.signed ? `yes${attestation.signerKeyId ? `, key ${attestation.signerKeyId}` : ''}` : 'no'}</dd>
        {attestation.amendsId && (
          <>
            <dt>Amends</dt>
            <dd>{attestation.amendsId}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function policyVersionLabel(policyVersionId: string, policy: ActivePolicy | undefined): string {
  if (!policy) return policyVersionId;
  if (policy.id === policyVersionId) return `${policy.version} (${policy.title}, active)`;
  return `${policyVersionId} (an earlier version than the active ${policy.version})`;
}
