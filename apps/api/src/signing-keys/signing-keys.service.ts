import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { parseEd25519PublicKey, InvalidInputError, type FieldError } from '@tiergate/domain';
import { AuditWriter, SigningKeyEntity, type Page } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import { OrganizationsService } from '../organizations/organizations.service';
import type { SigningKeyDto } from './signing-key.dto';
import { toSigningKeyView, type SigningKeyView } from './signing-key.view';

/** The Ed25519 keys an organisation signs its statements with; once it has any, every submission must be signed. */
@Injectable()
export class SigningKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditWriter,
  ) {}

  async replace(organizationId: string, keys: SigningKeyDto[], principal: Principal): Promise<Page<SigningKeyView>> {
    const organization = await this.organizations.get(organizationId, principal);
    const parsed = keys.map((key) => ({ key, result: parseEd25519PublicKey(key.publicKeyPem) }));
    const problems: FieldError[] = parsed.flatMap(({ result }, index) => (result.ok ? [] : [{ field: `keys[${index}].publicKeyPem`, problems: [result.reason] }]));
    const seen = new Set<string>();
    parsed.forEach(({ result }, index) => {
      if (!result.ok) return;
      if (seen.has(result.keyId)) problems.push({ field: `keys[${index}].publicKeyPem`, problems: ['the same key is listed twice'] });
      seen.add(result.keyId);
    });
    if (problems.length > 0) throw new InvalidInputError(problems);

    await this.dataSource.transaction(async (manager) => {
      await manager.delete(SigningKeyEntity, { organizationId: organization.id });
      for (const { key, result } of parsed) {
        if (result.ok) await manager.insert(SigningKeyEntity, { organizationId: organization.id, keyId: result.keyId, name: key.name ?? null, publicKeyPem: result.pem });
      }
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'organization.signing_keys_replaced',
        entityType: 'organization',
        entityId: organization.id,
        payload: { keyIds: [...seen] },
      });
    });
    return this.list(organization.id, principal);
  }

  async list(organizationId: string, principal: Principal): Promise<Page<SigningKeyView>> {
    const organization = await this.organizations.get(organizationId, principal);
    return { items: (await this.keysOf(organization.id)).map(toSigningKeyView), nextCursor: null };
  }

  keysOf(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<SigningKeyEntity[]> {
    return manager.find(SigningKeyEntity, { where: { organizationId }, order: { createdAt: 'ASC' } });
  }
}
