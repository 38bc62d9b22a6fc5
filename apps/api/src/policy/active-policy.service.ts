import { Injectable, Logger, NotFoundException, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { policyPackSchema, referencePolicyPack, type PolicyCountry, type PolicyPack } from '@tiergate/policy';
import { AuditWriter, PolicyVersionEntity } from '@tiergate/persistence';

export interface ActivePolicy {
  id: string;
  version: string;
  activatedAt: Date;
  pack: PolicyPack;
}

const SYSTEM = { type: 'system', id: 'policy-bootstrap' } as const;

/** Reads the one active policy version; installs the reference pack as the first one on an empty platform. */
@Injectable()
export class ActivePolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ActivePolicyService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Replicas starting together: one installs, the others find it installed.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('tiergate.policy-bootstrap'))");
      if (await manager.getRepository(PolicyVersionEntity).exists()) return;
      const pack = referencePolicyPack();
      const installed = await manager.save(
        manager.create(PolicyVersionEntity, { version: pack.version, pack, status: 'active', publishedBy: SYSTEM.id, activatedAt: new Date() }),
      );
      await this.audit.append(manager, {
        actor: SYSTEM,
        action: 'policy.activated',
        entityType: 'policy_version',
        entityId: installed.id,
        payload: { version: pack.version, reason: 'reference pack installed as the first active version' },
      });
      this.logger.log(`installed reference policy pack ${pack.version} as the active version`);
    });
  }

  async get(): Promise<ActivePolicy> {
    const row = await this.dataSource.getRepository(PolicyVersionEntity).findOneBy({ status: 'active' });
    if (!row || !row.activatedAt) throw new NotFoundException('No policy version is active');
    return { id: row.id, version: row.version, activatedAt: row.activatedAt, pack: policyPackSchema.parse(row.pack) };
  }

  async country(code: string): Promise<PolicyCountry> {
    const country = (await this.get()).pack.countries.find((candidate) => candidate.code === code.toUpperCase());
    if (!country) throw new NotFoundException(`Country ${code} not found`);
    return country;
  }
}
