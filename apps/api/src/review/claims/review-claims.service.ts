import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { Clock } from '@tiergate/config';
import { AuditWriter, ReviewItemStore } from '@tiergate/persistence';
import { ForbiddenError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { actorOf } from '../../common/actor';
import { RENEWAL_MIN_AGE_MS, REVIEW_LEASE_MS } from '../review-lease';
import type { ClaimView, ReleaseView } from './review-claim.view';

/**
 * Leases on review items. Each claim or release is one conditional UPDATE: the database decides
 * who wins a race (a second claimant re-reads the row after the first commits and no longer
 * matches), so no two auditors ever hold the same item, and a claim repeated by the winner within
 * RENEWAL_MIN_AGE_MS loses too. An expired lease simply stops matching "held", which returns the
 * item to the queue without any sweeper.
 */
@Injectable()
export class ReviewClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ReviewItemStore,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** Takes the lease, or renews the caller's own once it has run RENEWAL_MIN_AGE_MS. */
  async claim(itemId: string, principal: Principal): Promise<ClaimView> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + REVIEW_LEASE_MS);
    // A lease ending by this instant was granted at least RENEWAL_MIN_AGE_MS ago.
    const renewableUntil = new Date(now.getTime() + REVIEW_LEASE_MS - RENEWAL_MIN_AGE_MS);
    return this.dataSource.transaction(async (manager) => {
      // Only labels the audit entry; the UPDATE alone decides who gets the lease.
      const before = await this.items.claimState(manager, itemId, principal.userId);
      const row = await this.items.claim(manager, itemId, principal.userId, { leaseUntil, now, renewableUntil });
      if (!row) throw await this.whyNotClaimable(manager, itemId, principal, now);
      const renewed = before?.claimed_by === principal.userId && before.lease_until !== null && before.lease_until.getTime() >= now.getTime();
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: renewed ? 'review.lease_renewed' : 'review.claimed',
        entityType: 'review_item',
        entityId: row.id,
        payload: { attestationId: row.attestation_id, leaseUntil: leaseUntil.toISOString() },
      });
      return { id: row.id, attestationId: row.attestation_id, claimedBy: principal.userId, leaseUntil: leaseUntil.toISOString(), renewed };
    });
  }

  /** Gives the item back to the queue; only its holder may. */
  async release(itemId: string, principal: Principal): Promise<ReleaseView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.release(manager, itemId, principal.userId);
      if (!row) {
        const state = await this.items.claimState(manager, itemId, principal.userId);
        if (!state) throw new NotFoundError(`Review item ${itemId} not found`);
        if (state.status === 'closed') throw new StateConflictError(`Review item ${itemId} is already decided`);
        throw new StateConflictError(`You do not hold the lease on review item ${itemId}; only its holder can release it`);
      }
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'review.released',
        entityType: 'review_item',
        entityId: row.id,
        payload: { attestationId: row.attestation_id },
      });
      return { id: row.id, attestationId: row.attestation_id, claimedBy: null };
    });
  }

  /** Read only after a refused claim, to say which rule refused it. */
  private async whyNotClaimable(manager: EntityManager, itemId: string, principal: Principal, now: Date): Promise<Error> {
    const state = await this.items.claimState(manager, itemId, principal.userId);
    if (!state) return new NotFoundError(`Review item ${itemId} not found`);
    if (state.status === 'closed') return new StateConflictError(`Review item ${itemId} is already decided`);
    if (state.attestation_status !== 'in_review') return new StateConflictError(`The attestation of review item ${itemId} is ${state.attestation_status}, no longer in review`);
    if (state.affiliated) {
      return new ForbiddenError(`You declared an affiliation with organisation ${state.organization_id}; another auditor must review its attestations (conflict of interest)`);
    }
    const until = state.lease_until && state.lease_until.getTime() >= now.getTime() ? ` until ${state.lease_until.toISOString()}` : '';
    if (state.claimed_by === principal.userId) {
      return new StateConflictError(`You already hold review item ${itemId}${until}; a claim renews the lease once it has run ${RENEWAL_MIN_AGE_MS / 1000} seconds`);
    }
    return new StateConflictError(`Review item ${itemId} is claimed by another auditor${until}`);
  }
}
