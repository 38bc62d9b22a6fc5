import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@tiergate/domain';
import { applyScope, type Scope } from '../scope';
import { ReviewItemEntity } from './review-item.entity';

/** What the worker knows when it queues an attestation for review. */
export type NewReviewItem = Pick<ReviewItemEntity, 'attestationId' | 'datacenterId' | 'organizationId' | 'countryCode' | 'priority' | 'approvalsRequired'>;

/** An item as a claim sees it: its own state, its attestation's, and whether the auditor declared an affiliation with its organisation. */
export interface ReviewItemClaimState {
  status: 'open' | 'closed';
  claimed_by: string | null;
  lease_until: Date | null;
  organization_id: string;
  attestation_status: string;
  affiliated: boolean;
}

/** The times a claim is judged against (see ReviewClaimsService). */
export interface ClaimWindow {
  leaseUntil: Date;
  now: Date;
  /** The holder's own lease ending by this instant may be renewed. */
  renewableUntil: Date;
}

/** The item a claim or release changed. */
export interface ChangedReviewItem {
  id: string;
  attestation_id: string;
}

/**
 * Review items, read within a Scope (a row outside it is absent: NotFoundError, or null where the
 * caller judges absence), and the conditional writes of their leases: each is one UPDATE, so the
 * database decides who wins a race.
 */
@Injectable()
export class ReviewItemStore {
  /** Locks the item until the transaction ends. */
  async lockVisible(manager: EntityManager, scope: Scope, id: string): Promise<ReviewItemEntity> {
    const item = await this.visible(manager, scope).andWhere('item.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!item) throw new NotFoundError(`Review item ${id} not found`);
    return item;
  }

  /** Locks the item of an attestation, open or closed; null when it has none. */
  async lockForAttestation(manager: EntityManager, scope: Scope, attestationId: string): Promise<ReviewItemEntity | null> {
    return this.visible(manager, scope).andWhere('item.attestation_id = :attestationId', { attestationId }).setLock('pessimistic_write').getOne();
  }

  /** Locks the open item of an attestation; null when its review is not in progress. */
  async lockOpenForAttestation(manager: EntityManager, scope: Scope, attestationId: string): Promise<ReviewItemEntity | null> {
    return this.visible(manager, scope).andWhere('item.attestation_id = :attestationId', { attestationId }).andWhere("item.status = 'open'").setLock('pessimistic_write').getOne();
  }

  /** Queues an attestation for review; a replayed job finds the item there (one per attestation) and adds nothing. */
  async open(manager: EntityManager, item: NewReviewItem): Promise<void> {
    await manager.createQueryBuilder().insert().into(ReviewItemEntity).values(item).orIgnore().execute();
  }

  /** Takes the attestation's open item out of the queue, freeing its lease (its attestation was withdrawn). */
  async closeOpenForAttestation(manager: EntityManager, attestationId: string): Promise<void> {
    await manager.query(`UPDATE review_items SET status = 'closed', closed_at = now(), claimed_by = NULL, lease_until = NULL WHERE attestation_id = $1 AND status = 'open'`, [attestationId]);
  }

  /** Raises the open item of an attestation to two approvals; never lowers it. */
  async requireTwoApprovals(manager: EntityManager, attestationId: string): Promise<void> {
    await manager.query(`UPDATE review_items SET approvals_required = 2, updated_at = now() WHERE attestation_id = $1 AND status = 'open' AND approvals_required < 2`, [attestationId]);
  }

  /**
   * Gives `auditorId` the lease if the item is open, free (or its lease expired, or the auditor's
   * own and renewable), its attestation in review and the auditor unaffiliated; null otherwise.
   */
  async claim(manager: EntityManager, id: string, auditorId: string, window: ClaimWindow): Promise<ChangedReviewItem | null> {
    const [claimed] = (await manager.query(
      `UPDATE review_items item SET claimed_by = $2, lease_until = $3, updated_at = now()
        WHERE item.id = $1
          AND item.status = 'open'
          AND (item.claimed_by IS NULL OR item.lease_until < $4 OR (item.claimed_by = $2 AND item.lease_until <= $5))
          AND EXISTS (SELECT 1 FROM attestations attestation WHERE attestation.id = item.attestation_id AND attestation.status = 'in_review')
          AND NOT EXISTS (SELECT 1 FROM auditor_affiliations affiliation WHERE affiliation.auditor_id = $2 AND affiliation.organization_id = item.organization_id)
        RETURNING item.id, item.attestation_id`,
      [id, auditorId, window.leaseUntil, window.now, window.renewableUntil],
    )) as [ChangedReviewItem[], number];
    return claimed[0] ?? null;
  }

  /** Frees the item if `auditorId` holds it and it is open; null otherwise. */
  async release(manager: EntityManager, id: string, auditorId: string): Promise<ChangedReviewItem | null> {
    const [released] = (await manager.query(
      `UPDATE review_items SET claimed_by = NULL, lease_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'open' AND claimed_by = $2
        RETURNING id, attestation_id`,
      [id, auditorId],
    )) as [ChangedReviewItem[], number];
    return released[0] ?? null;
  }

  /** Frees every open item of `organizationId` whose lease `auditorId` holds; the ids of those freed. */
  async releaseHeldIn(manager: EntityManager, auditorId: string, organizationId: string): Promise<{ id: string }[]> {
    const [released] = (await manager.query(
      `UPDATE review_items SET claimed_by = NULL, lease_until = NULL, updated_at = now() WHERE claimed_by = $1 AND organization_id = $2 AND status = 'open' RETURNING id`,
      [auditorId, organizationId],
    )) as [{ id: string }[], number];
    return released;
  }

  /** The item as a claim by `auditorId` sees it; undefined when there is no such item. */
  async claimState(manager: EntityManager, id: string, auditorId: string): Promise<ReviewItemClaimState | undefined> {
    const [state] = (await manager.query(
      `SELECT item.status, item.claimed_by, item.lease_until, item.organization_id, attestation.status AS attestation_status,
              EXISTS (SELECT 1 FROM auditor_affiliations affiliation WHERE affiliation.auditor_id = $2 AND affiliation.organization_id = item.organization_id) AS affiliated
         FROM review_items item JOIN attestations attestation ON attestation.id = item.attestation_id
        WHERE item.id = $1`,
      [id, auditorId],
    )) as ReviewItemClaimState[];
    return state;
  }

  private visible(manager: EntityManager, scope: Scope): SelectQueryBuilder<ReviewItemEntity> {
    const query = manager.getRepository(ReviewItemEntity).createQueryBuilder('item');
    return applyScope(query, scope, { organization: 'item.organization_id', country: 'item.country_code' });
  }
}
