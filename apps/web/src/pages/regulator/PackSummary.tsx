import { formatNumber } from '../../ui/format';
import type { PolicyPackSummary } from './policy-types';

/** What a regulator checks before approving: thresholds, tiers, the size of each list, and every control. */
export function PackSummary({ pack }: { pack: PolicyPackSummary }) {
  const countriesOfTier = (tier: 1 | 2 | 3) => pack.countries.filter((country) => country.tier === tier).length;
  return (
    <>
      <section className="card" aria-labelledby="thresholds-title">
        <h2 id="thresholds-title">Thresholds and lists</h2>
        {pack.note && <p>{pack.note}</p>}
        <dl className="reg-key-values">
          <dt>H100 TPP (the unit of H100-equivalents)</dt>
          <dd>{formatNumber(pack.thresholds.h100Tpp)}</dd>
          <dt>Low-processing threshold, Tier 2 (H100-equivalents)</dt>
          <dd>{formatNumber(pack.thresholds.lppH100Equivalents)}</dd>
          <dt>Accelerators needing an intergovernmental agreement</dt>
          <dd>{formatNumber(pack.thresholds.igaAccelerators)}</dd>
          <dt>Screening match threshold</dt>
          <dd>{pack.screeningThreshold ?? 'default'}</dd>
          <dt>Approvals to activate the next version</dt>
          <dd>{pack.approvalQuorum}</dd>
          <dt>For</dt>
          <dd>
            {pack.jurisdictions?.length ? `${pack.jurisdictions.join(', ')} (approved by regulators covering all of them, or global ones)` : 'Everyone (a global pack: approved by global regulators)'}
          </dd>
          <dt>Countries</dt>
          <dd>
            {formatNumber(pack.countries.length)} (Tier 1: {countriesOfTier(1)}, Tier 2: {countriesOfTier(2)}, Tier 3: {countriesOfTier(3)})
          </dd>
          <dt>Accelerator models</dt>
          <dd>{formatNumber(pack.accelerators.length)}</dd>
          <dt>Prohibited hardware rules</dt>
          <dd>{formatNumber(pack.prohibitedHardware.length)}</dd>
          <dt>Restricted parties</dt>
          <dd>{formatNumber(pack.restrictedParties?.length ?? 0)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="controls-title">
        <h2 id="controls-title">Controls ({pack.controls.length})</h2>
        <table>
          <caption className="visually-hidden">Controls</caption>
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Title</th>
              <th scope="col">Required evidence</th>
              <th scope="col">Re-audit (days)</th>
              <th scope="col">Severity</th>
              <th scope="col">Human review</th>
              <th scope="col">Waivable</th>
            </tr>
          </thead>
          <tbody>
            {pack.controls.map((control) => (
              <tr key={control.id}>
                <th scope="row">{control.id}</th>
                <td>{control.title}</td>
                <td>{control.requiredEvidence.length === 0 ? 'none' : control.requiredEvidence.join(', ')}</td>
                <td>{control.reauditDays}</td>
                <td>{control.severity}</td>
                <td>{control.humanReview ? 'yes' : 'no'}</td>
                <td>{control.waivable ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
