import { ATTESTATION_EVENTS } from '@tiergate/domain';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType } from './audit-names';
import type { AuditRecord } from './audit.writer';

describe('audit action and entity names', () => {
  it('lists each name once, with a lowercase entity prefix the entity types know', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it('has an action for every step of the attestation lifecycle', () => {
    for (const event of ATTESTATION_EVENTS) expect(AUDIT_ACTIONS).toContain(`attestation.${event}`);
  });

  it('refuses a misspelt action or entity type at compile time (checked by tsc)', () => {
    const actor = { type: 'system', id: 'spec' } as const;
    // @ts-expect-error 'user.updatd' is no audit action
    const misspeltAction: AuditRecord = { actor, action: 'user.updatd', entityType: 'user' };
    // @ts-expect-error 'users' is no audit entity type
    const misspeltEntity: AuditRecord = { actor, action: 'user.updated', entityType: 'users' };
    const written: AuditAction = 'user.updated';
    const entity: AuditEntityType = 'user';
    expect([misspeltAction.action, misspeltEntity.entityType, written, entity]).toEqual(['user.updatd', 'users', 'user.updated', 'user']);
  });
});
