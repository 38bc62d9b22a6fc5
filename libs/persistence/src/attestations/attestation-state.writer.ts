import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { transition, type AttestationEvent, type AuditActor, type JsonObject } from '@tiergate/domain';
import { AuditWriter } from '../audit/audit.writer';
import { AttestationTransitionEntity } from './attestation-transition.entity';
import { AttestationEntity, type AttestationChanges } from './attestation.entity';

/**
 * The one way an attestation changes status, for the api and the worker alike: the domain state
 * machine decides whether the step is allowed, and the step is recorded in the attestation's
 * history and the audit chain in the caller's transaction.
 */
@Injectable()
export class AttestationStateWriter {
  constructor(private readonly audit: AuditWriter) {}

  /** `changes` are written with the new status (e.g. submission's frozen statement). Throws 409 for a step the lifecycle forbids. */
  async apply(
    manager: EntityManager,
    attestation: AttestationEntity,
    event: AttestationEvent,
    actor: AuditActor,
    options: { note?: string; changes?: AttestationChanges; payload?: JsonObject } = {},
  ): Promise<AttestationEntity> {
    const from = attestation.status;
    // A forbidden step throws IllegalTransitionError, a StateConflictError (409 at the API).
    const to = transition(from, event);
    Object.assign(attestation, options.changes ?? {}, { status: to });
    await manager.update(AttestationEntity, { id: attestation.id }, { ...(options.changes ?? {}), status: to });
    await this.record(manager, attestation.id, from, to, event, actor, options.note);
    await this.audit.append(manager, {
      actor,
      action: `attestation.${event}`,
      entityType: 'attestation',
      entityId: attestation.id,
      payload: { from, to, ...(options.note ? { note: options.note } : {}), ...(options.payload ?? {}) },
    });
    return attestation;
  }

  /** The first line of a history: a draft was created. */
  async created(manager: EntityManager, attestation: AttestationEntity, actor: AuditActor, payload: JsonObject = {}): Promise<void> {
    await this.record(manager, attestation.id, null, attestation.status, 'create', actor);
    await this.audit.append(manager, { actor, action: 'attestation.created', entityType: 'attestation', entityId: attestation.id, payload });
  }

  private async record(
    manager: EntityManager,
    attestationId: string,
    fromStatus: AttestationEntity['status'] | null,
    toStatus: AttestationEntity['status'],
    event: AttestationEvent | 'create',
    actor: AuditActor,
    note?: string,
  ): Promise<void> {
    await manager.insert(AttestationTransitionEntity, { attestationId, fromStatus, toStatus, event, actorType: actor.type, actorId: actor.id, note: note ?? null });
  }
}
