import { Injectable, Logger, NotFoundException, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InventoryClassifier, policyPackSchema, referencePolicyPack, type PolicyCountry, type PolicyPack, type Tier } from '@tiergate/policy';
import { AuditWriter, PolicyVersionEntity } from '@tiergate/persistence';

/** The active version with what every request derives from it, compiled once per version. */
export interface ActivePolicy {
  id: string;
  version: string;
  activatedAt: Date;
  pack: PolicyPack;
  classifier: InventoryClassifier;
  countries: ReadonlyMap<string, PolicyCountry>;
  countryCodesOfTier(tier: Tier): string[];
}

const SYSTEM = { type: 'system', id: 'policy-bootstrap' } as const;

/** Reads the one active policy version; installs the reference pack as the first one on an empty platform. */
@Injectable()
export class ActivePolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ActivePolicyService.name);
  // Versions are immutable, so a compiled version never goes stale; only which one is active can
  // change, and that is read from the database on every call (replicas stay consistent).
  private compiled: ActivePolicy | null = null;

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
    const repository = this.dataSource.getRepository(PolicyVersionEntity);
    const head = await repository.findOne({ select: { id: true, version: true, activatedAt: true }, where: { status: 'active' } });
    if (!head || !head.activatedAt) throw new NotFoundException('No policy version is active');
    if (this.compiled?.id === head.id) return this.compiled;
    const row = await repository.findOneByOrFail({ id: head.id });
    this.compiled = compile(row.id, row.version, head.activatedAt, policyPackSchema.parse(row.pack));
    return this.compiled;
  }

  async country(code: string): Promise<PolicyCountry> {
    const country = (await this.get()).countries.get(code.toUpperCase());
    if (!country) throw new NotFoundException(`Country ${code} not found`);
    return country;
  }
}

function compile(id: string, version: string, activatedAt: Date, pack: PolicyPack): ActivePolicy {
  const countries = new Map(pack.countries.map((country) => [country.code, country]));
  return {
    id,
    version,
    activatedAt,
    pack,
    classifier: new InventoryClassifier(pack),
    countries,
    countryCodesOfTier: (tier) => pack.countries.filter((country) => country.tier === tier).map((country) => country.code),
  };
}
