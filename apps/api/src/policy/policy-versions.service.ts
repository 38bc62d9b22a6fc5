import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, OutboxWriter, PolicyApprovalEntity, PolicyVersionEntity, PolicyVersionStore, type Page } from '@tiergate/persistence';
import { countedApprovals, ISO_COUNTRY_CODES, regulatorCoversPack, validatePolicyPack, type ApprovalVote } from '@tiergate/policy';
import { ForbiddenError, InvalidInputError, NotFoundError, StateConflictError, type FieldError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { isUniqueViolation } from '../common/errors/database-errors';
import type { PageQuery } from '../common/pagination/page';
import { toPolicyVersionView, type PolicyVersionView } from './policy-version.view';

/**
 * The life of a policy version: published (validated, immutable) → approved by a quorum of
 * distinct regulators → activated (the previous active version retires in the same transaction).
 * Segregation of duties: the publisher does not approve their own version, only regulators who
 * cover the pack's jurisdictions approve, and activation recounts the votes under those rules.
 */
@Injectable()
export class PolicyVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyVersionStore,
    private readonly audit: AuditWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async publish(body: unknown, principal: Principal): Promise<PolicyVersionView> {
    const validation = validatePolicyPack(body, ISO_COUNTRY_CODES);
    if (!validation.ok) throw new InvalidInputError(groupByField(validation.errors));
    const { pack } = validation;
    const alreadyExists = () => new StateConflictError(`Policy version ${pack.version} already exists; publish under a new version number`);
    const row = await this.dataSource
      .transaction(async (manager) => {
        if (await manager.existsBy(PolicyVersionEntity, { version: pack.version })) throw alreadyExists();
        const published = await manager.save(manager.create(PolicyVersionEntity, { version: pack.version, pack, status: 'published', publishedBy: principal.userId, activatedAt: null }));
        await this.audit.append(manager, {
          actor: actorOf(principal),
          action: 'policy.published',
          entityType: 'policy_version',
          entityId: published.id,
          payload: { version: pack.version, title: pack.title },
        });
        return published;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? alreadyExists() : error;
      });
    return this.view(row);
  }

  async list(page: PageQuery): Promise<Page<PolicyVersionView>> {
    // The pack itself can be megabytes; a list carries only its title (read separately).
    const result = await this.policies.page(this.dataSource.manager, page);
    const approvals = await this.approvalsOf(result.items.map((row) => row.id));
    const required = await this.requiredApprovals();
    const titles = await this.policies.titlesOf(
      this.dataSource.manager,
      result.items.map((row) => row.id),
    );
    return {
      items: result.items.map((row) => toPolicyVersionView({ ...row, pack: { title: titles.get(row.id) } }, approvals.get(row.id) ?? [], required)),
      nextCursor: result.nextCursor,
    };
  }

  async get(id: string): Promise<PolicyVersionView & { pack: Record<string, unknown> }> {
    const row = await this.find(this.dataSource.manager, id);
    return { ...(await this.view(row)), pack: row.pack };
  }

  async approve(id: string, principal: Principal): Promise<PolicyVersionView> {
    const row = await this.dataSource.transaction(async (manager) => {
      const version = await this.find(manager, id, true);
      if (version.status === 'active') throw new StateConflictError(`Policy version ${version.version} is already active`);
      if (version.publishedBy === principal.userId) {
        throw new ForbiddenError(`You published policy version ${version.version}; its approvals must come from other regulators (segregation of duties)`);
      }
      const jurisdictions = packJurisdictions(version);
      if (!regulatorCoversPack(principal.jurisdictions, jurisdictions)) {
        throw new ForbiddenError(
          jurisdictions
            ? `Policy version ${version.version} is for ${jurisdictions.join(', ')}; only regulators whose jurisdictions include all of them, or global regulators, approve it`
            : `Policy version ${version.version} is a global pack; only regulators without a jurisdiction approve it`,
        );
      }
      if (!(await this.policies.addApproval(manager, version.id, principal.userId))) {
        throw new StateConflictError(`You have already approved policy version ${version.version}; the quorum counts distinct regulators`);
      }
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'policy.approved',
        entityType: 'policy_version',
        entityId: version.id,
        payload: { version: version.version },
      });
      return version;
    });
    return this.view(row);
  }

  async activate(id: string, principal: Principal): Promise<PolicyVersionView> {
    const row = await this.dataSource.transaction(async (manager) => {
      // One activation at a time, platform-wide: the quorum is read from the version being replaced.
      await this.policies.lockActivations(manager);
      const version = await this.find(manager, id, true);
      if (version.status === 'active') throw new StateConflictError(`Policy version ${version.version} is already active`);
      const required = await this.requiredApprovals();
      const approvals = (await this.countedVotes(manager, version)).length;
      if (approvals < required) {
        throw new StateConflictError(
          `Policy version ${version.version} has ${approvals} of the ${required} regulator approvals the active policy requires (counting regulators who cover the pack and did not publish it)`,
        );
      }
      const previous = await manager.findOneBy(PolicyVersionEntity, { status: 'active' });
      if (previous) await manager.update(PolicyVersionEntity, { id: previous.id }, { status: 'retired' });
      version.status = 'active';
      version.activatedAt = this.clock.now();
      await manager.update(PolicyVersionEntity, { id: version.id }, { status: 'active', activatedAt: version.activatedAt });
      await this.outbox.append(manager, 'policy.activated', { policyVersionId: version.id });
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'policy.activated',
        entityType: 'policy_version',
        entityId: version.id,
        payload: { version: version.version, previousVersion: previous?.version ?? null, approvals },
      });
      return version;
    });
    return this.view(row);
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<PolicyVersionEntity> {
    const version = await manager.findOne(PolicyVersionEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!version) throw new NotFoundError(`Policy version ${id} not found`);
    return version;
  }

  /** The votes as their authors are now: a regulator moved to another role or jurisdiction since voting no longer counts. */
  private async countedVotes(manager: EntityManager, version: PolicyVersionEntity): Promise<ApprovalVote[]> {
    const votes = await this.policies.votesOn(manager, version.id);
    return countedApprovals(votes, { publishedBy: version.publishedBy, jurisdictions: packJurisdictions(version) });
  }

  private async view(row: PolicyVersionEntity): Promise<PolicyVersionView> {
    const approvals = await this.approvalsOf([row.id]);
    return toPolicyVersionView(row, approvals.get(row.id) ?? [], await this.requiredApprovals());
  }

  private async requiredApprovals(): Promise<number> {
    return (await this.policies.active()).pack.approvalQuorum;
  }

  private async approvalsOf(ids: string[]): Promise<Map<string, PolicyApprovalEntity[]>> {
    const byVersion = new Map<string, PolicyApprovalEntity[]>();
    if (ids.length === 0) return byVersion;
    const rows = await this.dataSource.getRepository(PolicyApprovalEntity).find({ where: { policyVersionId: In(ids) }, order: { createdAt: 'ASC' } });
    for (const row of rows) byVersion.set(row.policyVersionId, [...(byVersion.get(row.policyVersionId) ?? []), row]);
    return byVersion;
  }
}

/** Stored packs were validated at publish; a pack from before the field existed is global. */
function packJurisdictions(version: PolicyVersionEntity): string[] | undefined {
  const jurisdictions = version.pack['jurisdictions'];
  return Array.isArray(jurisdictions) && jurisdictions.length > 0 ? jurisdictions.map(String) : undefined;
}

/** The validator reports "section: problem"; the error format groups problems by field. */
function groupByField(errors: string[]): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const separator = error.indexOf(': ');
    const field = separator > 0 ? error.slice(0, separator) : '(pack)';
    const problem = separator > 0 ? error.slice(separator + 2) : error;
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return [...byField].map(([field, problems]) => ({ field, problems }));
}
