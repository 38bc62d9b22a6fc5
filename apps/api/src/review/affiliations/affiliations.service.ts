import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditorAffiliationEntity, AuditWriter, OrganizationEntity } from '@tiergate/persistence';
import { actorOf } from '../../common/actor';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { invalidInput } from '../../common/errors/invalid-input';
import { paginate, type Page, type PageQuery } from '../../common/pagination/page';
import type { DeclareAffiliationDto } from './affiliation.dto';
import { toAffiliationView, type AffiliationView } from './affiliation.view';

/** Conflicts of interest an auditor declares: organisations whose attestations they must not review. */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async declare(input: DeclareAffiliationDto, principal: Principal): Promise<AffiliationView> {
    const row = await this.dataSource
      .transaction(async (manager) => {
        if (!(await manager.existsBy(OrganizationEntity, { id: input.organizationId }))) {
          throw invalidInput([{ field: 'organizationId', problems: [`no organisation ${input.organizationId}`] }]);
        }
        const affiliation = await manager.save(manager.create(AuditorAffiliationEntity, { auditorId: principal.userId, organizationId: input.organizationId, note: input.note ?? null }));
        // A lease taken before the declaration must not outlive it.
        const [released] = (await manager.query(
          `UPDATE review_items SET claimed_by = NULL, lease_until = NULL, updated_at = now() WHERE claimed_by = $1 AND organization_id = $2 AND status = 'open' RETURNING id`,
          [principal.userId, input.organizationId],
        )) as [{ id: string }[], number];
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'review.affiliation_declared',
          entityType: 'auditor_affiliation',
          entityId: affiliation.id,
          payload: { organizationId: input.organizationId, note: affiliation.note, releasedReviewItems: released.map((item) => item.id) },
        });
        return affiliation;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new ConflictException(`You already declared an affiliation with organisation ${input.organizationId}`) : error;
      });
    return toAffiliationView(row);
  }

  async list(page: PageQuery, principal: Principal): Promise<Page<AffiliationView>> {
    const query = this.dataSource.getRepository(AuditorAffiliationEntity).createQueryBuilder('affiliation').where('affiliation.auditor_id = :auditorId', { auditorId: principal.userId });
    const result = await paginate(query, page);
    return { items: result.items.map(toAffiliationView), nextCursor: result.nextCursor };
  }

  async remove(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [removed] = (await manager.query(`DELETE FROM auditor_affiliations WHERE id = $1 AND auditor_id = $2 RETURNING organization_id`, [id, principal.userId])) as [
        { organization_id: string }[],
        number,
      ];
      if (!removed[0]) throw new NotFoundException(`Affiliation ${id} not found`);
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'review.affiliation_removed',
        entityType: 'auditor_affiliation',
        entityId: id,
        payload: { organizationId: removed[0].organization_id },
      });
    });
  }

  /** For the decision itself: an affiliation declared while holding a lease still bars the decision. */
  async assertNotAffiliated(manager: EntityManager, auditorId: string, organizationId: string): Promise<void> {
    if (await manager.existsBy(AuditorAffiliationEntity, { auditorId, organizationId })) {
      throw new ForbiddenException(`You declared an affiliation with organisation ${organizationId}; another auditor must decide its attestations (conflict of interest)`);
    }
  }
}
