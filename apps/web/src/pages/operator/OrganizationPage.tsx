import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { EmptyState, Loading } from '../../ui/states';
import { formatDate } from '../../ui/format';
import { useResource } from '../../ui/use-resource';
import type { OrganizationWithOwnership } from './api-shapes';
import { OwnershipForm } from './OwnershipForm';

/** The operator's own organisation, who owns it and who ultimately controls it (condition C3). */
export function OrganizationPage() {
  const user = useUser();
  const organizationId = user.organizationId;
  const organization = useResource(() => (organizationId ? api.get<OrganizationWithOwnership>(`/organizations/${organizationId}`) : Promise.resolve(undefined)), [organizationId]);

  if (!organizationId) {
    return (
      <>
        <h1>Organisation</h1>
        <EmptyState>Your account belongs to no organisation; ask an administrator to add it to one.</EmptyState>
      </>
    );
  }
  if (organization.error) return <ErrorMessage error={organization.error} />;
  if (!organization.data) return <Loading what="Loading your organisation" />;
  const org = organization.data;
  const controller = org.ultimateController;
  return (
    <>
      <h1>{org.name}</h1>
      <section className="card" aria-labelledby="org-title">
        <h2 id="org-title">Organisation</h2>
        <dl className="op-facts">
          <dt>Headquarters</dt>
          <dd>{org.hqCountry}</dd>
          <dt>LEI</dt>
          <dd>{org.lei ?? '—'}</dd>
          <dt>Registered</dt>
          <dd>{formatDate(org.createdAt)}</dd>
          <dt>Ultimate controller</dt>
          <dd>
            {controller.name} ({controller.kind}, {controller.country}){controller.chain.length > 1 && <span className="muted"> — through {controller.chain.join(' → ')}</span>}
          </dd>
        </dl>
      </section>
      <OwnershipForm organizationId={org.id} owners={org.owners} onSaved={organization.reload} />
    </>
  );
}
