import { InvalidInputError } from '@tiergate/domain';
import type { AuditLogFilterQuery } from './audit-log.query';
import { SqlConditions } from './sql-conditions';

/**
 * The filters as SQL over audit_log. Entity and actor filters ride the (entity_type, entity_id,
 * seq) and (actor_id, seq) indexes, which also hand rows back in chain order.
 */
export function auditLogConditions(filters: AuditLogFilterQuery): SqlConditions {
  const from = filters.from === undefined ? undefined : new Date(filters.from);
  const to = filters.to === undefined ? undefined : new Date(filters.to);
  if (from && to && from.getTime() >= to.getTime()) throw new InvalidInputError([{ field: 'to', problems: ['to must be later than from'] }]);

  const conditions = new SqlConditions();
  if (filters.entityType !== undefined) conditions.add((p) => `entity_type = ${p}`, filters.entityType);
  if (filters.entityId !== undefined) conditions.add((p) => `entity_id = ${p}`, filters.entityId);
  if (filters.actorId !== undefined) conditions.add((p) => `actor_id = ${p}`, filters.actorId);
  if (filters.action !== undefined) conditions.add((p) => `action = ${p}`, filters.action);
  // As instants, so PostgreSQL never reads a bare date in its session time zone.
  if (from) conditions.add((p) => `occurred_at >= ${p}`, from.toISOString());
  if (to) conditions.add((p) => `occurred_at < ${p}`, to.toISOString());
  return conditions;
}
