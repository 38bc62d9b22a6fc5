import type { Attestation } from './attestation-types';

/** Customers, partners and suppliers the operator declared for restricted-party screening (condition C1). */
export function CounterpartiesSection({ counterparties }: { counterparties: Attestation['counterparties'] }) {
  return (
    <section aria-labelledby="attestation-counterparties">
      <h2 id="attestation-counterparties">Counterparties</h2>
      <table>
        <caption className="visually-hidden">Declared counterparties</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Country</th>
            <th scope="col">Relationship</th>
          </tr>
        </thead>
        <tbody>
          {counterparties.map((party, index) => (
            <tr key={`${party.name}-${index}`}>
              <td>{party.name}</td>
              <td>{party.country}</td>
              <td>{party.relationship}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
