import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AMENDABLE_STATUSES, isEditable, InvalidInputError, StateConflictError } from '@tiergate/domain';
import {
  AttestationEntity,
  AttestationStateWriter,
  AttestationStore,
  type AttestationChanges,
  AttestationTransitionEntity,
  DatacenterStore,
  EvidenceEntity,
  EvidenceRecordStore,
  FindingEntity,
  PolicyVersionStore,
  ReviewDecisionEntity,
  type AttestationClaim,
  scopeOf,
  type Page,
} from '@tiergate/persistence';
import { claimProblems, type PolicyPack } from '@tiergate/policy';
import { actorOf } from '../common/actor';
import type { AttestationQuery, CreateAttestationDto, UpdateAttestationDto } from './attestation.dto';
import { toAttestationSummaryView, toAttestationView, type AttestationSummaryView, type AttestationView } from './attestation.view';

/** Drafts and reads of attestations, always within the caller's scope (another organisation's record is 404). */
@Injectable()
export class AttestationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly datacenters: DatacenterStore,
    private readonly policy: PolicyVersionStore,
    private readonly states: AttestationStateWriter,
    private readonly store: AttestationStore,
    private readonly evidence: EvidenceRecordStore,
  ) {}

  async createDraft(datacenterId: string, input: CreateAttestationDto, principal: Principal): Promise<AttestationView> {
    const policy = await this.policy.active();
    const claims = checkedClaims(input.claims, policy.pack);
    const id = await this.dataSource.transaction(async (manager) => {
      // Locking the facility numbers its versions without gaps or duplicates.
      const datacenter = await this.datacenters.lockVisible(manager, scopeOf(principal), datacenterId);
      const version = await this.store.nextVersionOf(manager, datacenter.id);
      const draft = await manager.save(
        manager.create(AttestationEntity, {
          datacenterId: datacenter.id,
          organizationId: datacenter.organizationId,
          countryCode: datacenter.countryCode,
          policyVersionId: policy.id,
          version,
          amendsId: null,
          status: 'draft',
          claims,
          counterparties: input.counterparties ?? [],
          createdBy: principal.userId,
        }),
      );
      await this.states.created(manager, draft, actorOf(principal), { datacenterId: datacenter.id, version: draft.version, policyVersionId: policy.id });
      return draft.id;
    });
    return this.get(id, principal);
  }

  async update(id: string, input: UpdateAttestationDto, principal: Principal): Promise<AttestationView> {
    const policy = await this.policy.active();
    await this.dataSource.transaction(async (manager) => {
      const attestation = await this.store.lockVisible(manager, scopeOf(principal), id);
      assertEditable(attestation);
      const changes: AttestationChanges = { policyVersionId: policy.id };
      changes.claims = checkedClaims(input.claims ?? attestation.claims, policy.pack);
      if (input.counterparties) changes.counterparties = input.counterparties;
      await manager.update(AttestationEntity, { id: attestation.id }, changes);
    });
    return this.get(id, principal);
  }

  /** A new draft version carrying the decided one's claims, counterparties and evidence; the old one stays as it is until the new one is approved. */
  async amend(id: string, principal: Principal): Promise<AttestationView> {
    const policy = await this.policy.active();
    const draftId = await this.dataSource.transaction(async (manager) => {
      const previous = await this.store.lockVisible(manager, scopeOf(principal), id);
      if (!(AMENDABLE_STATUSES as readonly string[]).includes(previous.status)) {
        throw new StateConflictError(`Attestation ${id} is ${previous.status}; only a decided attestation (${AMENDABLE_STATUSES.join(', ')}) can be amended`);
      }
      await this.datacenters.lockVisible(manager, scopeOf(principal), previous.datacenterId);
      const openDraft = await manager.findOneBy(AttestationEntity, { datacenterId: previous.datacenterId, status: 'draft' });
      if (openDraft) throw new StateConflictError(`Datacenter ${previous.datacenterId} already has a draft (attestation ${openDraft.id}); continue that one`);
      const version = await this.store.nextVersionOf(manager, previous.datacenterId);
      const draft = await manager.save(
        manager.create(AttestationEntity, {
          datacenterId: previous.datacenterId,
          organizationId: previous.organizationId,
          countryCode: previous.countryCode,
          policyVersionId: policy.id,
          version,
          amendsId: previous.id,
          status: 'draft',
          claims: previous.claims,
          counterparties: previous.counterparties,
          createdBy: principal.userId,
        }),
      );
      await this.evidence.copyAll(manager, previous.id, draft.id);
      await this.states.created(manager, draft, actorOf(principal), { datacenterId: draft.datacenterId, version: draft.version, amends: previous.id });
      return draft.id;
    });
    return this.get(draftId, principal);
  }

  async list(filters: AttestationQuery, principal: Principal): Promise<Page<AttestationSummaryView>> {
    const page = await this.store.page(this.dataSource.manager, scopeOf(principal), filters);
    return { items: page.items.map(toAttestationSummaryView), nextCursor: page.nextCursor };
  }

  async get(id: string, principal: Principal): Promise<AttestationView> {
    const attestation = await this.find(id, principal);
    const [evidence, history, findings, reviews] = await Promise.all([
      this.dataSource.getRepository(EvidenceEntity).find({ where: { attestationId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(AttestationTransitionEntity).find({ where: { attestationId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(FindingEntity).find({ where: { attestationId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(ReviewDecisionEntity).find({ where: { attestationId: id }, order: { decidedAt: 'ASC', id: 'ASC' } }),
    ]);
    return toAttestationView(attestation, evidence, history, findings, reviews);
  }

  async find(id: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<AttestationEntity> {
    return this.store.findVisible(manager, scopeOf(principal), id);
  }
}

export function assertEditable(attestation: AttestationEntity): void {
  if (!isEditable(attestation.status)) {
    throw new StateConflictError(`Attestation ${attestation.id} is ${attestation.status}; only a draft can change (amend it to start a new version)`);
  }
}

function checkedClaims(claims: AttestationClaim[], pack: PolicyPack): AttestationClaim[] {
  const problems = claimProblems(claims, pack);
  if (problems.length > 0) throw new InvalidInputError(problems.map(({ field, problem }) => ({ field, problems: [problem] })));
  return claims.map(({ controlId, status, statement }) => ({ controlId, status, statement }));
}
