import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PolicyVersionEntity } from '@tiergate/persistence';
import { policyPackSchema, type PolicyPack } from '@tiergate/policy';
import { ScreeningIndex } from '@tiergate/screening';

export interface CompiledPack {
  id: string;
  version: string;
  pack: PolicyPack;
  screening: ScreeningIndex;
}

/** Policy versions are immutable: each is parsed, and its screening index built, once per process. */
@Injectable()
export class PolicyPackCache {
  private readonly compiled = new Map<string, CompiledPack>();

  constructor(private readonly dataSource: DataSource) {}

  async get(policyVersionId: string): Promise<CompiledPack> {
    const cached = this.compiled.get(policyVersionId);
    if (cached) return cached;
    const row = await this.dataSource.getRepository(PolicyVersionEntity).findOneByOrFail({ id: policyVersionId });
    const pack = policyPackSchema.parse(row.pack);
    const compiled = { id: row.id, version: row.version, pack, screening: new ScreeningIndex(pack.restrictedParties) };
    // Two versions at most are in play (active and the one being replaced); keep memory bounded.
    if (this.compiled.size >= 4) this.compiled.clear();
    this.compiled.set(policyVersionId, compiled);
    return compiled;
  }

  async active(): Promise<CompiledPack> {
    const row = await this.dataSource.getRepository(PolicyVersionEntity).findOneOrFail({ select: { id: true }, where: { status: 'active' } });
    return this.get(row.id);
  }
}
