import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatNumber } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import type { AuditChainBreak, AuditChainVerdict } from './audit-types';

const BREAK_REASONS: Record<AuditChainBreak['reason'], string> = {
  sequence_gap: 'an entry is missing (the sequence has a gap)',
  prev_hash_mismatch: 'the entry does not point to the hash of the one before it',
  hash_mismatch: 'the entry was changed after it was written (its hash no longer matches)',
};

/** Re-hashes the whole chain on the server and says what it found. */
export function ChainVerification() {
  const [verdict, setVerdict] = useState<AuditChainVerdict | null>(null);
  const verify = useAction(async () => setVerdict(await api.get<AuditChainVerdict>('/audit-log/verify')));
  return (
    <section className="card" aria-labelledby="chain-title">
      <h2 id="chain-title">Chain verification</h2>
      <p className="muted">Every entry's hash covers its content and the previous entry's hash. Verifying re-hashes the whole chain from the first entry.</p>
      <ErrorMessage error={verify.error} />
      <button type="button" onClick={() => void verify.run()} disabled={verify.busy}>
        {verify.busy ? 'Verifying…' : 'Verify the chain'}
      </button>
      {verdict && (
        <div role="status" className={verdict.valid ? 'notice' : 'error'}>
          {verdict.valid ? (
            <p>The chain is intact: every entry was re-hashed, {formatNumber(verdict.entries)} of them within your view.</p>
          ) : (
            <p>
              The chain is BROKEN at entry {verdict.firstBroken?.seq ?? '?'}: {verdict.firstBroken ? BREAK_REASONS[verdict.firstBroken.reason] : 'unknown reason'}. Entries after it cannot be trusted.
            </p>
          )}
          <p className="muted">
            Head hash (publish it; a later truncation of the chain then shows): <code className="reg-wrap">{verdict.head}</code>
          </p>
        </div>
      )}
    </section>
  );
}
