import { api } from '../api/client';
import { useUser } from '../auth/session';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/states';
import { useResource } from '../ui/use-resource';
import type { ActivePolicy, Attestation, DatacenterSummary } from './attestation-types';
import { ClaimsSection } from './ClaimsSection';
import { CommentsSection } from './CommentsSection';
import { CounterpartiesSection } from './CounterpartiesSection';
import { EvidenceSection } from './EvidenceSection';
import { FindingsSection } from './FindingsSection';
import { HistorySection } from './HistorySection';
import { ReviewsSection } from './ReviewsSection';
import { SummarySection } from './SummarySection';

/**
 * One attestation as operators and auditors read it: claims, evidence (PDF and images inline,
 * others downloadable), findings with the actions the viewer's role has, history and comments.
 * The embedding page owns the h1; each part here is a section with an h2.
 */
export function AttestationView({ attestationId, onChanged }: { attestationId: string; onChanged?(): void }) {
  const me = useUser();
  const attestation = useResource(() => api.get<Attestation>(`/attestations/${attestationId}`), [attestationId]);
  const datacenterId = attestation.data?.datacenterId;
  const organizationId = attestation.data?.organizationId;
  const datacenter = useResource(() => (datacenterId ? api.get<DatacenterSummary>(`/datacenters/${datacenterId}`) : Promise.resolve(undefined)), [datacenterId]);
  const organization = useResource(() => (organizationId ? api.get<{ name: string }>(`/organizations/${organizationId}`) : Promise.resolve(undefined)), [organizationId]);
  const policy = useResource(() => api.get<ActivePolicy>('/policy'), []);

  if (attestation.error) return <ErrorMessage error={attestation.error} />;
  if (!attestation.data) return <Loading what="Loading the attestation" />;
  const view = attestation.data;
  const changed = () => {
    attestation.reload();
    onChanged?.();
  };

  return (
    <div className="att-view">
      <SummarySection attestation={view} datacenter={datacenter.data} organizationName={organization.data?.name} policy={policy.data} />
      <FindingsSection findings={view.findings} me={me} onChanged={changed} />
      <ClaimsSection claims={view.claims} evidence={view.evidence} policy={policy.data} />
      <EvidenceSection evidence={view.evidence} />
      {view.counterparties.length > 0 && <CounterpartiesSection counterparties={view.counterparties} />}
      <ReviewsSection reviews={view.reviews} findings={view.findings} me={me} />
      <HistorySection history={view.history} me={me} />
      <CommentsSection attestationId={view.id} me={me} />
    </div>
  );
}
