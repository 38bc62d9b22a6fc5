import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { Clock } from '@tiergate/config';
import { affiliationRemovalStep, ForbiddenError, InvalidInputError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { AuditorAffiliationEntity, AuditorAffiliationStore, AuditWriter, OrganizationEntity, ReviewItemStore, type Page } from '@tiergate/persistence';
import { actorOf } from '../../common/actor';
import { isUniqueViolation } from '../../common/errors/database-errors';
import type { AffiliationQuery, DeclareAffiliationDto } from './affiliation.dto';
import { toAffiliationView, type AffiliationView } from './affiliation.view';

/** Conflicts of interest an auditor declares: organisations whose attestations they must not review. */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly affiliations: AuditorAffiliationStore,
    private readonly reviewItems: ReviewItemStore,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  async declare(input: DeclareAffiliationDto, principal: Principal): Promise<AffiliationView> {
    const row = await this.dataSource
      .transaction(async (manager) => {
        if (!(await manager.existsBy(OrganizationEntity, { id: input.organizationId }))) {
          throw new InvalidInputError([{ field: 'organizationId', problems: [`no organisation ${input.organizationId}`] }]);
        }
        const affiliation = await manager.save(manager.create(AuditorAffiliationEntity, { auditorId: principal.userId, organizationId: input.organizationId, note: input.note ?? null }));
        // A lease taken before the declaration must not outlive it.
        const released = await this.reviewItems.releaseHeldIn(manager, principal.userId, input.organizationId);
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
        throw isUniqueViolation(error) ? new StateConflictError(`You already declared an affiliation with organisation ${input.organizationId}`) : error;
      });
    return toAffiliationView(row);
  }

  async list(filters: AffiliationQuery, principal: Principal): Promise<Page<AffiliationView>> {
    const manager = this.dataSource.manager;
    // Withdrawals waiting for confirmation are everyone's business: another auditor confirms them.
    const result = filters.removal === 'requested' ? await this.affiliations.pageAwaitingRemoval(manager, filters) : await this.affiliations.pageOf(manager, principal.userId, filters);
    return { items: result.items.map(toAffiliationView), nextCursor: result.nextCursor };
  }

  /**
   * The declarer's call records a request and answers the declaration (still in force); a call by
   * an admin or another auditor on a requested withdrawal removes it and answers nothing. Another
   * auditor's declaration not asked to be withdrawn is refused (409); an unknown id is 404.
   */
  async withdraw(id: string, principal: Principal): Promise<AffiliationView | null> {
    return this.dataSource.transaction(async (manager) => {
      const affiliation = await manager.findOne(AuditorAffiliationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // Auditors see only their own declarations, and those asked to be withdrawn; the rest are not theirs to know of.
      if (!affiliation || (principal.role === 'auditor' && affiliation.auditorId !== principal.userId && !affiliation.removalRequestedAt)) {
        throw new NotFoundError(`Affiliation ${id} not found`);
      }
      const step = affiliationRemovalStep({ auditorId: affiliation.auditorId, removalRequested: affiliation.removalRequestedAt !== null }, { id: principal.userId, role: principal.role });
      if (step.kind === 'refuse') throw new StateConflictError(`${step.reason} (affiliation ${id})`);
      if (step.kind === 'request') {
        affiliation.removalRequestedAt = this.clock.now();
        await manager.update(AuditorAffiliationEntity, { id }, { removalRequestedAt: affiliation.removalRequestedAt });
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'review.affiliation_removal_requested',
          entityType: 'auditor_affiliation',
          entityId: id,
          payload: { organizationId: affiliation.organizationId },
        });
        return toAffiliationView(affiliation);
      }
      await manager.delete(AuditorAffiliationEntity, { id });
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'review.affiliation_removed',
        entityType: 'auditor_affiliation',
        entityId: id,
        payload: { organizationId: affiliation.organizationId, auditorId: affiliation.auditorId, requestedAt: affiliation.removalRequestedAt?.toISOString() ?? null },
      });
      return null;
    });
  }

  /** For the decision itself: an affiliation declared while holding a lease still bars the decision. */
  async assertNotAffiliated(manager: EntityManager, auditorId: string, organizationId: string): Promise<void> {
    if (await manager.existsBy(AuditorAffiliationEntity, { auditorId, organizationId })) {
      throw new ForbiddenError(`You declared an affiliation with organisation ${organizationId}; another auditor must decide its attestations (conflict of interest)`);
    }
  }
}
