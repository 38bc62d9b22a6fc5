import { EmptyState } from '../ui/states';
import { StatusBadge } from '../ui/StatusBadge';
import type { ActivePolicy, Claim, Evidence } from './attestation-types';

interface ClaimsSectionProps {
  claims: Claim[];
  evidence: Evidence[];
  policy: ActivePolicy | undefined;
}

/** Claims grouped by condition (C1–C5), each with the control's title and the evidence attached to it. */
export function ClaimsSection({ claims, evidence, policy }: ClaimsSectionProps) {
  const controls = new Map(policy?.controls.map((control) => [control.id, control]));
  const conditionOf = (claim: Claim) => controls.get(claim.controlId)?.condition ?? claim.controlId.split('-')[0];
  const conditions = [...new Set(claims.map(conditionOf))].sort();
  return (
    <section aria-labelledby="attestation-claims">
      <h2 id="attestation-claims">Claims</h2>
      {claims.length === 0 && <EmptyState>No claims yet.</EmptyState>}
      {conditions.map((condition) => (
        <table key={condition}>
          <caption className="att-table-caption">Condition {condition}</caption>
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Claim</th>
              <th scope="col">Statement</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {claims
              .filter((claim) => conditionOf(claim) === condition)
              .map((claim) => {
                const attached = evidence.filter((item) => item.controlIds.includes(claim.controlId));
                return (
                  <tr key={claim.controlId}>
                    <td>
                      <strong>{claim.controlId}</strong>
                      {controls.get(claim.controlId) && <div className="muted">{controls.get(claim.controlId)?.title}</div>}
                    </td>
                    <td>
                      <StatusBadge status={claim.status} />
                    </td>
                    <td>{claim.statement}</td>
                    <td>{attached.length === 0 ? '—' : [...new Set(attached.map((item) => item.type.replace(/_/g, ' ')))].join(', ')}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
