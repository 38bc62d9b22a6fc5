import { Injectable } from '@nestjs/common';
import { pipeline, type Readable } from 'node:stream';
import type { Principal } from '@tiergate/auth';
import { GENESIS_HASH } from '@tiergate/domain';
import { AuditChainReader, DEFAULT_PAGE_SIZE, type Page } from '@tiergate/persistence';
import type { AuditChainView } from './audit-chain-view';
import { auditLogConditions } from './audit-log-conditions';
import { auditLogScopeClause } from './audit-log-scope';
import { auditLogCursor } from './audit-log-cursor';
import { auditLogLines } from './audit-log-lines';
import { toAuditLogEntry, type AuditLogEntryView } from './audit-log-row';
import type { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query';
import { AuditLogReader } from './audit-log.reader';
import { SqlConditions } from './sql-conditions';

/** Reading the audit chain: pages, verification, and the full export. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly entries: AuditLogReader,
    private readonly chain: AuditChainReader,
  ) {}

  /** Keyset on seq: the chain only grows at its end, so a page once read never shifts. */
  async page(query: AuditLogPageQuery, principal: Principal): Promise<Page<AuditLogEntryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const conditions = scoped(auditLogConditions(query), principal);
    if (query.cursor !== undefined) conditions.add((p) => `seq > ${p}`, auditLogCursor.decode(query.cursor).seq);
    const rows = await this.entries.first(conditions, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map(toAuditLogEntry), nextCursor: rows.length > limit && last ? auditLogCursor.encode({ seq: last.seq }) : null };
  }

  /**
   * The verdict is always over the whole chain: a break anywhere makes every later entry, in scope
   * or not, untrustworthy. A regulator held to jurisdictions is told no more than that about the
   * rest: `entries` counts the entries they can read among those verified, `head` is the hash of
   * the last of them (the last line of their unfiltered export, so they can match the two), and
   * `firstBroken` gives only the seq and the reason, not the hashes of an entry they may not read.
   */
  async verify(principal: Principal): Promise<AuditChainView> {
    const verdict = await this.chain.verify();
    const conditions = scoped(new SqlConditions(), principal);
    if (conditions.where === '') return verdict;
    // Seqs run 1, 2, 3 … with no gap in a verified chain, so `entries` is the last verified seq.
    conditions.add((p) => `seq <= ${p}`, verdict.entries);
    const entries = await this.entries.count(conditions);
    const head = await this.entries.lastHash(conditions);
    return {
      valid: verdict.valid,
      entries,
      head: head ?? GENESIS_HASH,
      ...(verdict.firstBroken ? { firstBroken: { seq: verdict.firstBroken.seq, reason: verdict.firstBroken.reason } } : {}),
    };
  }

  /**
   * The matching entries as JSON lines, read through a server-side cursor so memory stays flat
   * however long the chain; destroying the stream (a client hanging up) closes the cursor and
   * gives its pooled connection back.
   */
  async exportLines(filters: AuditLogFilterQuery, principal: Principal): Promise<Readable> {
    const rows = await this.entries.stream(scoped(auditLogConditions(filters), principal));
    // Errors reach whoever consumes the returned stream; pipeline only wires destruction both ways.
    return pipeline(rows, auditLogLines(), () => undefined);
  }
}

/** Narrows the conditions to the entries the caller may read (see auditLogScopeClause). */
function scoped(conditions: SqlConditions, principal: Principal): SqlConditions {
  const clause = auditLogScopeClause(principal, (value) => conditions.bind(value));
  return clause ? conditions.addClause(clause) : conditions;
}
