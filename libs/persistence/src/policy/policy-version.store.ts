import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { compilePolicy, policyPackSchema, type ApprovalVote, type CompiledPolicy } from '@tiergate/policy';
import { ScreeningIndex } from '@tiergate/screening';
import { paginate, type Page, type PageRequest } from '../pagination';
import { PolicyApprovalEntity } from './policy-approval.entity';
import { PolicyVersionEntity } from './policy-version.entity';

/** One policy version, compiled. */
export interface CompiledPolicyVersion extends CompiledPolicy<ScreeningIndex> {
  readonly id: string;
  readonly version: string;
}

/** The version in force, with when it became so. */
export interface ActivePolicyVersion extends CompiledPolicyVersion {
  readonly activatedAt: Date;
}

/**
 * Compiled versions kept per process. Two are in play at most times (the active one and the one it
 * replaced, whose attestations are still in review or being re-evaluated); a compiled pack with its
 * screening index runs to tens of megabytes, so the least recently used goes past this.
 */
const CACHED_VERSIONS = 4;

/**
 * The one reader of policy versions for the api and the worker. A published version never changes,
 * so a version compiled once (pack parsed, patterns compiled, screening index built on first use) is
 * right for as long as it is cached, whichever replica asks. Which version is active does change, on
 * activation by any replica: `active()` reads that pointer from the database on every call (one
 * indexed row), so every replica serves a new version from its very next request.
 */
@Injectable()
export class PolicyVersionStore {
  /** Map order is recency: a hit moves the version to the end, eviction takes the first. */
  private readonly cache = new Map<string, CompiledPolicyVersion>();
  /** Loads under way, so concurrent first requests for a version parse its pack once. */
  private readonly loading = new Map<string, Promise<CompiledPolicyVersion>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The active version; inside a transaction pass its manager, so the pointer is read in that snapshot. */
  async active(manager: EntityManager = this.dataSource.manager): Promise<ActivePolicyVersion> {
    const head = await manager.findOne(PolicyVersionEntity, { select: { id: true, version: true, activatedAt: true }, where: { status: 'active' } });
    if (!head?.activatedAt) throw new NotFoundError('No policy version is active');
    return { ...(await this.compiled(head.id, manager)), activatedAt: head.activatedAt };
  }

  /** Any version by id (e.g. the one an attestation was written against); read through the manager given, when not cached. */
  async compiled(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompiledPolicyVersion> {
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const pending = this.loading.get(id);
    if (pending) {
      // Another caller's load failed (its transaction may have been aborted): read it ourselves.
      const shared = await pending.catch(() => undefined);
      if (shared) return shared;
    }
    const load = this.load(id, manager);
    this.loading.set(id, load);
    try {
      const loaded = await load;
      this.remember(loaded);
      return loaded;
    } finally {
      if (this.loading.get(id) === load) this.loading.delete(id);
    }
  }

  /** Records how many facilities a re-evaluation of the version covers, once: a replayed fan-out keeps the first count. */
  async startReevaluation(manager: EntityManager, id: string, total: number): Promise<void> {
    await manager.query('UPDATE policy_versions SET reevaluation_total = $2, reevaluation_done = 0 WHERE id = $1 AND reevaluation_total IS NULL', [id, total]);
  }

  /** Counts `done` more facilities re-evaluated, capped at the total: a batch replayed after a lost acknowledgement must not count twice past it. */
  async countReevaluated(manager: EntityManager, id: string, done: number): Promise<void> {
    await manager.query('UPDATE policy_versions SET reevaluation_done = LEAST(coalesce(reevaluation_total, 0), reevaluation_done + $2) WHERE id = $1', [id, done]);
  }

  private async load(id: string, manager: EntityManager): Promise<CompiledPolicyVersion> {
    const row = await manager.findOne(PolicyVersionEntity, { select: { id: true, version: true, pack: true }, where: { id } });
    if (!row) throw new NotFoundError(`Policy version ${id} not found`);
    const policy = compilePolicy(policyPackSchema.parse(row.pack), (parties) => new ScreeningIndex(parties));
    return { ...policy, id: row.id, version: row.version };
  }

  /** A page of versions without their packs, which can be megabytes each (see titlesOf). */
  async page(manager: EntityManager, page: PageRequest): Promise<Page<PolicyVersionEntity>> {
    const query = manager
      .getRepository(PolicyVersionEntity)
      .createQueryBuilder('version')
      .select(['version.id', 'version.version', 'version.status', 'version.publishedBy', 'version.activatedAt', 'version.createdAt', 'version.reevaluationTotal', 'version.reevaluationDone']);
    return paginate(query, page);
  }

  /** The pack titles of versions `ids` (an untitled pack's is empty), read without the packs. */
  async titlesOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await manager.query("SELECT id, pack->>'title' AS title FROM policy_versions WHERE id = ANY($1)", [ids])) as { id: string; title: string | null }[];
    return new Map(rows.map((row) => [row.id, row.title ?? '']));
  }

  /** Records `approvedBy`'s approval of the version; false when they had approved it already. */
  async addApproval(manager: EntityManager, policyVersionId: string, approvedBy: string): Promise<boolean> {
    const inserted = await manager.createQueryBuilder().insert().into(PolicyApprovalEntity).values({ policyVersionId, approvedBy }).orIgnore().execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** The approvals of the version by enabled users, each with its author's role and jurisdictions as they are now. */
  async votesOn(manager: EntityManager, policyVersionId: string): Promise<ApprovalVote[]> {
    return (await manager.query(
      `SELECT approval.approved_by AS "approvedBy", approver.role, approver.jurisdictions
         FROM policy_approvals approval JOIN users approver ON approver.id = approval.approved_by
        WHERE approval.policy_version_id = $1 AND NOT approver.disabled`,
      [policyVersionId],
    )) as ApprovalVote[];
  }

  /** Waits for, then holds until the transaction ends, the platform-wide lock that lets one activation run at a time. */
  async lockActivations(manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('tiergate.policy-activation'))");
  }

  /** Waits for, then holds until the transaction ends, the lock that lets one starting replica install the first version. */
  async lockBootstrap(manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('tiergate.policy-bootstrap'))");
  }

  private remember(version: CompiledPolicyVersion): void {
    this.cache.delete(version.id);
    this.cache.set(version.id, version);
    while (this.cache.size > CACHED_VERSIONS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
