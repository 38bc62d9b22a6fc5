import type { OrganizationEntity } from '@tiergate/persistence';

export interface OrganizationView {
  id: string;
  name: string;
  hqCountry: string;
  lei: string | null;
  createdAt: string;
}

export function toOrganizationView(organization: OrganizationEntity): OrganizationView {
  return {
    id: organization.id,
    name: organization.name,
    hqCountry: organization.hqCountry,
    lei: organization.lei,
    createdAt: organization.createdAt.toISOString(),
  };
}
