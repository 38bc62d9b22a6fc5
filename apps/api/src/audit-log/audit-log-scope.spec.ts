import { Role, type Principal } from '@tiergate/auth';
import { auditLogScopeClause } from './audit-log-scope';

const regulator = (jurisdictions: string[]): Principal => ({ userId: 'reg-1', role: Role.Regulator, organizationId: null, jurisdictions });

describe('audit log scope', () => {
  it('leaves the log whole for callers not held to jurisdictions', () => {
    const bind = jest.fn(() => '$1');
    expect(auditLogScopeClause(regulator([]), bind)).toBeNull();
    expect(auditLogScopeClause({ ...regulator(['DE']), role: Role.Admin }, bind)).toBeNull();
    expect(bind).not.toHaveBeenCalled();
  });

  it('binds the jurisdictions and the regulator’s own id as values, never into the SQL text', () => {
    const values: unknown[] = [];
    const clause = auditLogScopeClause(regulator(["de' OR true --"]), (value) => {
      values.push(value);
      return `$${values.length}`;
    });
    expect(values).toEqual([["DE' OR TRUE --"], 'reg-1']);
    expect(clause).not.toContain('OR TRUE');
    expect(clause).not.toContain('reg-1');
  });

  it('decides per entity type and hides kinds it does not know', () => {
    const clause = auditLogScopeClause(regulator(['DE']), (value) => (Array.isArray(value) ? '$1' : '$2')) ?? '';
    for (const entityType of ['policy_version', 'user', 'organization', 'api_key', 'webhook', 'auditor_affiliation', 'datacenter', 'attestation', 'finding', 'review_item', 'attestation_comment']) {
      expect(clause).toContain(`WHEN '${entityType}' THEN`);
    }
    expect(clause).toMatch(/ELSE false END, false\)$/);
    expect(clause).not.toContain("WHEN 'job'");
  });
});
