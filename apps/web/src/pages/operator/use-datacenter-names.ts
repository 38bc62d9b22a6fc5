import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useResource } from '../../ui/use-resource';
import type { Datacenter } from './api-shapes';

/**
 * Facility names by id, for lists whose rows carry only a datacenterId. An operator's facilities
 * fit the largest page; an id not found is shown shortened.
 */
export function useDatacenterNames(): (id: string) => string {
  const { data } = useResource(async () => {
    const page = await api.get<Page<Datacenter>>('/datacenters', { limit: 200 });
    return new Map(page.items.map((datacenter) => [datacenter.id, datacenter.name]));
  }, []);
  return (id) => data?.get(id) ?? `${id.slice(0, 8)}…`;
}
