import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { compilePolicy, policyPackSchema, type CompiledPolicy } from '@tiergate/policy';
import { ScreeningIndex } from '@tiergate/screening';
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

  private async load(id: string, manager: EntityManager): Promise<CompiledPolicyVersion> {
    const row = await manager.findOne(PolicyVersionEntity, { select: { id: true, version: true, pack: true }, where: { id } });
    if (!row) throw new NotFoundError(`Policy version ${id} not found`);
    const policy = compilePolicy(policyPackSchema.parse(row.pack), (parties) => new ScreeningIndex(parties));
    return { ...policy, id: row.id, version: row.version };
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
