import { AuditChainVerifier } from './audit-chain-verifier';
import { chainAuditEntry, computeAuditHash, GENESIS_HASH, type ChainedAuditEntry } from './audit-entry';

function buildChain(length: number): ChainedAuditEntry[] {
  const chain: ChainedAuditEntry[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    chain.push(
      chainAuditEntry(
        {
          seq,
          occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
          actor: { type: 'user', id: `u${seq % 3}` },
          action: 'thing.changed',
          entityType: 'thing',
          entityId: `t${seq}`,
          payload: { seq, tags: ['a', 'b'] },
        },
        chain.at(-1)?.hash ?? GENESIS_HASH,
      ),
    );
  }
  return chain;
}

function verify(entries: ChainedAuditEntry[]) {
  const verifier = new AuditChainVerifier();
  for (const entry of entries) verifier.accept(entry);
  return verifier.verdict();
}

describe('audit chain', () => {
  it('hashes independently of payload key order', () => {
    const [entry] = buildChain(1);
    const reordered = { ...entry, payload: { tags: ['a', 'b'], seq: 1 } };
    expect(computeAuditHash(reordered, GENESIS_HASH)).toBe(entry.hash);
  });

  it('accepts an intact chain and reports its head', () => {
    const chain = buildChain(10);
    expect(verify(chain)).toEqual({ valid: true, entries: 10, head: chain[9].hash });
  });

  it('accepts an empty chain with the genesis head', () => {
    expect(verify([])).toEqual({ valid: true, entries: 0, head: GENESIS_HASH });
  });

  it('reports an altered payload at that entry', () => {
    const chain = buildChain(10);
    chain[4] = { ...chain[4], payload: { seq: 5, tags: ['a'] } };
    expect(verify(chain)).toMatchObject({ valid: false, entries: 4, head: chain[3].hash, firstBroken: { seq: 5, reason: 'hash_mismatch' } });
  });

  it('reports a rehashed entry at the next link', () => {
    const chain = buildChain(10);
    const forged = chainAuditEntry({ ...chain[4], action: 'forged' }, chain[4].prevHash);
    chain[4] = forged;
    expect(verify(chain).firstBroken).toMatchObject({ seq: 6, reason: 'prev_hash_mismatch' });
  });

  it('reports a deleted entry as a sequence gap', () => {
    const chain = buildChain(10);
    chain.splice(2, 1);
    expect(verify(chain).firstBroken).toEqual({ seq: 4, reason: 'sequence_gap', expectedSeq: 3 });
  });

  it('stops accepting after the first break', () => {
    const chain = buildChain(3);
    const verifier = new AuditChainVerifier();
    expect(verifier.accept({ ...chain[0], hash: 'f'.repeat(64) })).toBe(false);
    expect(verifier.accept(chain[1])).toBe(false);
    expect(verifier.verdict().entries).toBe(0);
  });
});
