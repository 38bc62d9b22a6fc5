import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditActor } from '@tiergate/domain';
import { InvalidInputError, NotFoundError, StateConflictError } from '@tiergate/domain';
import { AuditWriter, OrganizationEntity, UserEntity, UserStore, type Page } from '@tiergate/persistence';
import { PasswordHasher } from '../auth/password-hasher';
import type { PageQuery } from '../common/pagination/page';
import { normalizedEmail } from './email-address';
import { userRuleViolations, type UserShape } from './user-rules';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly passwords: PasswordHasher,
    private readonly users: UserStore,
  ) {}

  async create(input: UserShape, actor: AuditActor): Promise<UserEntity> {
    const violations = userRuleViolations(input);
    if (violations.length > 0) {
      throw new InvalidInputError(violations);
    }
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction((manager) => this.insert(manager, { ...input, passwordHash }, actor));
  }

  /** Disable or re-enable an account, or change its role; a disabled user's tokens stop working at once. */
  async update(id: string, change: { disabled?: boolean; role?: UserEntity['role'] }, actor: AuditActor): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError(`User ${id} not found`);
      if (actor.type === 'user' && actor.id === id && (change.disabled === true || (change.role && change.role !== user.role))) {
        throw new StateConflictError('Admins cannot disable their own account or change their own role');
      }
      if (change.disabled === undefined && change.role === undefined) return user;
      const next = { ...user, ...change };
      const violations = userRuleViolations({ email: next.email, password: '', role: next.role, organizationId: next.organizationId, jurisdictions: next.jurisdictions });
      if (violations.length > 0) {
        throw new InvalidInputError(violations);
      }
      await manager.update(UserEntity, { id }, change);
      await this.audit.append(manager, { actor, action: 'user.updated', entityType: 'user', entityId: id, payload: { ...change } });
      return manager.getRepository(UserEntity).findOneByOrFail({ id });
    });
  }

  list(page: PageQuery): Promise<Page<UserEntity>> {
    return this.users.page(this.dataSource.manager, page);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: normalizedEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** Creates the first admin from configuration unless an admin exists. Safe to call on every start. */
  async ensureAdmin(email: string, password: string): Promise<UserEntity | null> {
    const passwordHash = await this.passwords.hash(password);
    return this.dataSource.transaction(async (manager) => {
      // Two api replicas starting together must not both create the admin.
      await this.users.lockAdminBootstrap(manager);
      const existing = await manager.getRepository(UserEntity).findOneBy({ role: 'admin' });
      if (existing) return null;
      return this.insert(manager, { email: normalizedEmail(email), role: 'admin', passwordHash }, { type: 'system', id: 'bootstrap' });
    });
  }

  private async insert(manager: EntityManager, input: Omit<UserShape, 'password'> & { passwordHash: string }, actor: AuditActor): Promise<UserEntity> {
    if (input.organizationId && !(await manager.getRepository(OrganizationEntity).existsBy({ id: input.organizationId }))) {
      throw new InvalidInputError([{ field: 'organizationId', problems: [`organization ${input.organizationId} does not exist`] }]);
    }
    if (await manager.getRepository(UserEntity).existsBy({ email: input.email })) {
      throw new StateConflictError(`A user with email ${input.email} already exists`);
    }
    const user = await manager.save(
      manager.create(UserEntity, {
        email: input.email,
        passwordHash: input.passwordHash,
        role: input.role,
        organizationId: input.organizationId ?? null,
        jurisdictions: input.jurisdictions ?? [],
      }),
    );
    await this.audit.append(manager, {
      actor,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      payload: { email: user.email, role: user.role, organizationId: user.organizationId, jurisdictions: user.jurisdictions },
    });
    return user;
  }
}
