import { InvalidInputError } from '@tiergate/domain';
import { auditLogConditions } from './audit-log-conditions';
import { isIsoTime } from './iso-time.validator';

describe('audit log filters as SQL', () => {
  it('is empty without filters', () => {
    const conditions = auditLogConditions({});
    expect(conditions.where).toBe('');
    expect(conditions.params).toEqual([]);
  });

  it('binds every filter as a parameter, times as UTC instants, from inclusive and to exclusive', () => {
    const conditions = auditLogConditions({ entityType: 'attestation', entityId: "x' OR 1=1 --", actorId: 'u1', action: 'attestation.submitted', from: '2026-01-01', to: '2026-01-31T12:00:00+02:00' });
    expect(conditions.where).toBe('WHERE entity_type = $1 AND entity_id = $2 AND actor_id = $3 AND action = $4 AND occurred_at >= $5 AND occurred_at < $6');
    expect(conditions.params).toEqual(['attestation', "x' OR 1=1 --", 'u1', 'attestation.submitted', '2026-01-01T00:00:00.000Z', '2026-01-31T10:00:00.000Z']);
    expect(conditions.bind(51)).toBe('$7');
  });

  it('refuses a window that ends before it starts, or where it starts', () => {
    expect(() => auditLogConditions({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(InvalidInputError);
    expect(() => auditLogConditions({ from: '2026-02-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })).toThrow(InvalidInputError);
  });

  it.each(['2026-01-31T12:00:00Z', '2026-01-31T12:00:00.123456+05:30', '2026-01-31T12:00Z', '2026-01-31'])('takes %s as a time', (value) => {
    expect(isIsoTime(value)).toBe(true);
  });

  it.each(['yesterday', '2026-01-31T12:00:00', '2026-02-30T00:00:00Z', '2026-13-01', '1706700000', '2026-01-31T25:00:00Z', ''])('refuses %s as a time', (value) => {
    expect(isIsoTime(value)).toBe(false);
  });
});
