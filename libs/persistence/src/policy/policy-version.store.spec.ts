import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { referencePolicyPack } from '@tiergate/policy';
import { PolicyVersionStore } from './policy-version.store';

interface StoredVersion {
  id: string;
  version: string;
  status: 'published' | 'active' | 'retired';
  activatedAt: Date | null;
}

/** An in-memory policy_versions table behind the two reads the store makes, counting the pack loads. */
class FakePolicyVersions {
  readonly rows = new Map<string, StoredVersion>();
  readonly packLoads: string[] = [];
  failNextPackLoad = false;
  private readonly pack = referencePolicyPack();

  add(id: string, status: StoredVersion['status'] = 'published'): void {
    this.rows.set(id, { id, version: `1.0.${this.rows.size}`, status, activatedAt: status === 'active' ? new Date('2026-01-01T00:00:00Z') : null });
  }

  activate(id: string, at: Date): void {
    for (const row of this.rows.values()) if (row.status === 'active') row.status = 'retired';
    const row = this.rows.get(id)!;
    row.status = 'active';
    row.activatedAt = at;
  }

  readonly manager = {
    findOne: async (_entity: unknown, options: { where: { id?: string; status?: string }; select: { pack?: boolean } }) => {
      await Promise.resolve();
      const row = options.where.id ? this.rows.get(options.where.id) : [...this.rows.values()].find((candidate) => candidate.status === options.where.status);
      if (!row) return null;
      if (!options.select.pack) return { id: row.id, version: row.version, activatedAt: row.activatedAt };
      this.packLoads.push(row.id);
      if (this.failNextPackLoad) {
        this.failNextPackLoad = false;
        throw new Error('current transaction is aborted');
      }
      return { id: row.id, version: row.version, pack: { ...this.pack, version: row.version } };
    },
  } as unknown as EntityManager;
}

describe('PolicyVersionStore', () => {
  let table: FakePolicyVersions;
  let store: PolicyVersionStore;

  beforeEach(() => {
    table = new FakePolicyVersions();
    store = new PolicyVersionStore({ manager: table.manager } as DataSource);
  });

  it('compiles a version once and answers later reads from the cache', async () => {
    table.add('a');
    const first = await store.compiled('a');
    expect(first).toMatchObject({ id: 'a', version: '1.0.0' });
    expect(first.countries.get('DE')?.tier).toBe(1);
    expect(await store.compiled('a')).toBe(first);
    expect(table.packLoads).toEqual(['a']);
  });

  it('loads a version once when many callers ask for it at the same time', async () => {
    table.add('a');
    const answers = await Promise.all(Array.from({ length: 10 }, () => store.compiled('a')));
    expect(new Set(answers).size).toBe(1);
    expect(table.packLoads).toEqual(['a']);
  });

  it('reads the active pointer on every call, so an activation elsewhere shows on the next one', async () => {
    table.add('a', 'active');
    table.add('b');
    expect(await store.active()).toMatchObject({ id: 'a', activatedAt: new Date('2026-01-01T00:00:00Z') });
    const at = new Date('2026-02-01T00:00:00Z');
    table.activate('b', at);
    expect(await store.active()).toMatchObject({ id: 'b', version: '1.0.1', activatedAt: at });
    expect(await store.active()).toMatchObject({ id: 'b' });
    expect(table.packLoads).toEqual(['a', 'b']);
  });

  it('shares one lazily built screening index between the active view and the version', async () => {
    table.add('a', 'active');
    const active = await store.active();
    expect(active.screening()).toBe((await store.compiled('a')).screening());
  });

  it('keeps the four most recently used versions and loads an evicted one again', async () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) table.add(id);
    for (const id of ['a', 'b', 'c', 'd']) await store.compiled(id);
    await store.compiled('a');
    await store.compiled('e');
    expect(table.packLoads).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const id of ['a', 'c', 'd', 'e']) await store.compiled(id);
    expect(table.packLoads).toEqual(['a', 'b', 'c', 'd', 'e']);
    await store.compiled('b');
    expect(table.packLoads).toEqual(['a', 'b', 'c', 'd', 'e', 'b']);
  });

  it('lets a caller whose shared load failed read the version itself, and does not cache the failure', async () => {
    table.add('a');
    table.failNextPackLoad = true;
    const [failed, retried] = await Promise.allSettled([store.compiled('a'), store.compiled('a')]);
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('current transaction is aborted') });
    expect(retried).toMatchObject({ status: 'fulfilled', value: { id: 'a' } });
    expect(await store.compiled('a')).toBe((retried as PromiseFulfilledResult<unknown>).value);
    expect(table.packLoads).toEqual(['a', 'a']);
  });

  it('refuses an unknown version and a platform with no active version as not found', async () => {
    await expect(store.compiled('missing')).rejects.toThrow(new NotFoundError('Policy version missing not found'));
    await expect(store.active()).rejects.toThrow(new NotFoundError('No policy version is active'));
  });
});
