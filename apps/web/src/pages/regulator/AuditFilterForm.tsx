import { useState, type FormEvent } from 'react';
import { TextField } from '../../ui/fields';
import { instantOfLocalTime } from './local-time';
import { NO_AUDIT_FILTERS, type AuditFilters } from './audit-types';

/** The audit log's filters; nothing is asked of the API until "Apply". */
export function AuditFilterForm({ onApply }: { onApply(filters: AuditFilters): void }) {
  const [draft, setDraft] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const set = (field: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(NO_AUDIT_FILTERS);
    onApply(NO_AUDIT_FILTERS);
  };
  return (
    <form className="card" aria-labelledby="audit-filters-title" onSubmit={submit}>
      <h2 id="audit-filters-title">Filters</h2>
      <div className="reg-grid-3">
        <TextField label="Action" value={draft.action} onChange={set('action')} placeholder="attestation.approve" />
        <TextField label="Entity type" value={draft.entityType} onChange={set('entityType')} placeholder="attestation" />
        <TextField label="Entity ID" value={draft.entityId} onChange={set('entityId')} />
        <TextField label="Actor ID" value={draft.actorId} onChange={set('actorId')} hint="A user id, an API key id, or a system component" />
        <TextField label="From (inclusive)" type="datetime-local" value={draft.from} onChange={set('from')} hint="Your local time" />
        <TextField label="To (exclusive)" type="datetime-local" value={draft.to} onChange={set('to')} hint="Your local time" />
      </div>
      <div className="actions">
        <button type="submit">Apply filters</button>
        <button type="button" className="secondary" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}

/** The filters as query parameters: empty ones left out, local times sent as instants with a zone. */
export function auditQueryOf(filters: AuditFilters): Record<string, string | undefined> {
  const text = (value: string) => value.trim() || undefined;
  return {
    action: text(filters.action),
    entityType: text(filters.entityType),
    entityId: text(filters.entityId),
    actorId: text(filters.actorId),
    from: instantOfLocalTime(filters.from),
    to: instantOfLocalTime(filters.to),
  };
}
