import type { Role, User } from '../api/types';
import { formatDateTime } from '../ui/format';
import { EmptyState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import type { Finding } from './attestation-types';
import { FindingActions } from './FindingActions';
import { whoIs } from './who';

interface FindingsSectionProps {
  findings: Finding[];
  me: User;
  onChanged(): void;
}

/** Automated (verification) and auditors' findings, open ones first, each with the viewer's actions. */
export function FindingsSection({ findings, me, onChanged }: FindingsSectionProps) {
  const order: Record<Finding['status'], number> = { open: 0, remediated: 1, closed: 2 };
  const sorted = [...findings].sort((a, b) => order[a.status] - order[b.status]);
  const open = findings.filter((finding) => finding.status === 'open').length;
  return (
    <section aria-labelledby="attestation-findings">
      <h2 id="attestation-findings">Findings</h2>
      {findings.length === 0 ? (
        <EmptyState>No findings: verification raised none and no auditor has added any.</EmptyState>
      ) : (
        <p className="muted">
          {findings.length} finding{findings.length === 1 ? '' : 's'}, {open} open.
        </p>
      )}
      {sorted.map((finding) => (
        <FindingItem key={finding.id} finding={finding} me={me} role={me.role} onChanged={onChanged} />
      ))}
    </section>
  );
}

function FindingItem({ finding, me, role, onChanged }: { finding: Finding; me: User; role: Role; onChanged(): void }) {
  return (
    <article className={`card att-finding att-finding-${finding.status === 'open' ? finding.severity : 'settled'}`} aria-label={`Finding ${finding.code}`}>
      <h3>
        {finding.code} <StatusBadge status={finding.severity} /> <StatusBadge status={finding.status} />
      </h3>
      <p>{finding.message}</p>
      <dl className="att-facts">
        {finding.controlId && (
          <>
            <dt>Control</dt>
            <dd>{finding.controlId}</dd>
          </>
        )}
        <dt>Raised by</dt>
        <dd>
          {finding.source === 'automated' ? 'automated verification' : whoIs(finding.createdBy, me, 'auditor')}, {formatDateTime(finding.createdAt)}
        </dd>
        {finding.response && (
          <>
            <dt>Operator's response</dt>
            <dd>{finding.response}</dd>
          </>
        )}
      </dl>
      <FindingActions finding={finding} role={role} onChanged={onChanged} />
    </article>
  );
}
