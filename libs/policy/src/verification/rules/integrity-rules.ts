import type { FindingDraft } from '../finding-draft';
import { formatDate, type VerificationContext } from '../verification-context';
import type { VerificationEvidence } from '../verification-input';

function supports(evidence: VerificationEvidence): string {
  return evidence.controlIds.length > 0 ? evidence.controlIds.join(', ') : 'no control';
}

/** An absent signature is allowed (signing is optional); one that is there must verify. */
export function invalidSignature({ input }: VerificationContext): FindingDraft[] {
  const { signature } = input;
  if (!signature.present || signature.valid) return [];
  const why = signature.reason ? `: ${signature.reason}` : '';
  return [
    {
      message: `The attestation's signature does not verify${why}. The signed content may have changed after signing, or it was signed with another key.`,
      sortKey: '',
      ...(signature.reason ? { details: { reason: signature.reason } } : {}),
    },
  ];
}

export function evidenceHashMismatch({ input }: VerificationContext): FindingDraft[] {
  return input.evidence
    .filter((evidence) => !evidence.storedSha256Matches)
    .map((evidence) => ({
      message: `Evidence ${evidence.id} (${evidence.type}) no longer hashes to the SHA-256 recorded at upload: the stored file was altered or damaged, so it cannot support ${supports(evidence)}.`,
      sortKey: evidence.id,
      controlId: evidence.controlIds[0],
      details: { evidenceId: evidence.id, evidenceType: evidence.type },
    }));
}

export function expiredEvidence({ input }: VerificationContext): FindingDraft[] {
  return input.evidence
    .filter((evidence): evidence is VerificationEvidence & { validUntil: Date } => evidence.validUntil !== null && evidence.validUntil < input.now)
    .map((evidence) => ({
      message: `Evidence ${evidence.id} (${evidence.type}) expired on ${formatDate(evidence.validUntil)}, before this verification on ${formatDate(input.now)}; it no longer supports ${supports(evidence)}.`,
      sortKey: evidence.id,
      controlId: evidence.controlIds[0],
      details: { evidenceId: evidence.id, evidenceType: evidence.type, validUntil: evidence.validUntil.toISOString() },
    }));
}
