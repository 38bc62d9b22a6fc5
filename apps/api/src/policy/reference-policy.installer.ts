import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import { referencePolicyPack } from '@tiergate/policy';
import { AuditWriter, PolicyVersionEntity, PolicyVersionStore } from '@tiergate/persistence';

const SYSTEM = { type: 'system', id: 'policy-bootstrap' } as const;

/** Installs the reference pack as the first active version on an empty platform. */
@Injectable()
export class ReferencePolicyInstaller implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReferencePolicyInstaller.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyVersionStore,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Replicas starting together: one installs, the others find it installed.
      await this.policies.lockBootstrap(manager);
      if (await manager.getRepository(PolicyVersionEntity).exists()) return;
      const pack = referencePolicyPack();
      const installed = await manager.save(manager.create(PolicyVersionEntity, { version: pack.version, pack, status: 'active', publishedBy: SYSTEM.id, activatedAt: this.clock.now() }));
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
}
