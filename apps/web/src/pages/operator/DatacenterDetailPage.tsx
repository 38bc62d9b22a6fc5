import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/states';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate, formatNumber } from '../../ui/format';
import { useResource } from '../../ui/use-resource';
import type { Datacenter } from './api-shapes';
import { DatacenterAttestations } from './DatacenterAttestations';
import { InventoryRevisions } from './InventoryRevisions';
import { InventoryUpload } from './InventoryUpload';

export function DatacenterDetailPage() {
  const { id = '' } = useParams();
  const datacenter = useResource(() => api.get<Datacenter>(`/datacenters/${id}`), [id]);
  if (datacenter.error) return <ErrorMessage error={datacenter.error} />;
  if (!datacenter.data) return <Loading what="Loading the facility" />;
  const facility = datacenter.data;
  return (
    <>
      <h1>{facility.name}</h1>
      <FacilitySummary datacenter={facility} />
      <DatacenterAttestations datacenterId={facility.id} />
      <InventoryUpload datacenterId={facility.id} onReplaced={datacenter.reload} />
      <InventoryRevisions key={facility.inventory.revision} datacenterId={facility.id} />
    </>
  );
}

function FacilitySummary({ datacenter }: { datacenter: Datacenter }) {
  const { thresholds } = datacenter;
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <dl className="op-facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={datacenter.complianceStatus} />
        </dd>
        <dt>Country</dt>
        <dd>
          {datacenter.countryCode}
          {datacenter.city ? `, ${datacenter.city}` : ''}
        </dd>
        <dt>Tier</dt>
        <dd>{datacenter.tier ?? 'not in the policy'}</dd>
        <dt>Next audit due</dt>
        <dd>{formatDate(datacenter.nextAuditDue)}</dd>
        <dt>Inventory</dt>
        <dd>
          revision {datacenter.inventory.revision}, {formatNumber(datacenter.inventory.lineCount)} lines, {formatNumber(datacenter.totalAccelerators)} accelerators
        </dd>
        <dt>Compute</dt>
        <dd>
          {formatNumber(datacenter.h100Equivalents)} H100-equivalents (TPP {formatNumber(datacenter.totalTpp)})
        </dd>
        <dt>Thresholds</dt>
        <dd>
          {thresholds.overLowProcessingThreshold ? 'above the low-processing threshold (four-eyes review)' : 'below the low-processing threshold'};{' '}
          {thresholds.overIgaThreshold ? `above the IGA threshold${thresholds.igaInForce ? ' (agreement in force)' : ' (no agreement in force)'}` : 'below the IGA threshold'}
        </dd>
      </dl>
      {datacenter.unknownModels.length > 0 && <p className="error">Unknown models: {datacenter.unknownModels.map((item) => `${item.vendor} ${item.model} × ${item.quantity}`).join('; ')}</p>}
      {datacenter.prohibitedHardware.length > 0 && (
        <p className="error">Prohibited hardware: {datacenter.prohibitedHardware.map((item) => `${item.vendor} ${item.model} × ${item.quantity}`).join('; ')}</p>
      )}
    </section>
  );
}
