import { ErrorMessage } from '../../ui/ErrorMessage';
import { EmptyState, Loading } from '../../ui/states';
import type { Resource } from '../../ui/use-resource';
import { formatNumber } from '../../ui/format';
import type { TierReadinessReport } from './report-types';

/** Tier 2 countries judged against the policy's readiness criteria, with the unmet ones spelled out. */
export function TierReadinessSection({ readiness }: { readiness: Resource<TierReadinessReport> }) {
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Tier 2 readiness for Tier 1</h2>
      {readiness.error ? (
        <ErrorMessage error={readiness.error} />
      ) : !readiness.data ? (
        <Loading what="Loading tier readiness" />
      ) : readiness.data.countries.length === 0 ? (
        <EmptyState>No Tier 2 country in scope has a registered facility.</EmptyState>
      ) : (
        <>
          <p className="muted">Criteria: {readiness.data.criteriaSource === 'policy' ? "the active policy's" : 'the defaults (the active policy sets none)'}.</p>
          <table>
            <caption className="visually-hidden">Tier 2 readiness</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Facilities</th>
                <th scope="col">Compliant</th>
                <th scope="col">Verdict</th>
                <th scope="col">Criteria not met</th>
              </tr>
            </thead>
            <tbody>
              {readiness.data.countries.map((country) => (
                <tr key={country.countryCode}>
                  <th scope="row">
                    {country.name} ({country.countryCode})
                  </th>
                  <td>{formatNumber(country.facilities)}</td>
                  <td>
                    {formatNumber(country.compliant)}
                    {country.shareCompliant !== null && ` (${Math.round(country.shareCompliant * 100)}%)`}
                  </td>
                  <td>
                    <span className={`badge ${country.verdict === 'ready' ? 'badge-approved' : 'badge-pending'}`}>{country.verdict === 'ready' ? 'ready' : 'not ready'}</span>
                  </td>
                  <td>
                    {country.checks.every((check) => check.met) ? (
                      'none'
                    ) : (
                      <ul className="reg-plain-list">
                        {country.checks
                          .filter((check) => !check.met)
                          .map((check) => (
                            <li key={check.criterion}>{check.explanation}</li>
                          ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
