import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@tiergate/config';
import type { Principal } from '@tiergate/auth';
import { verifyEnvelope, BadRequestError, InvalidInputError, StateConflictError } from '@tiergate/domain';
import {
  AttestationStateWriter,
  DatacenterStatusWriter,
  EvidenceEntity,
  OutboxWriter,
  type AttestationEntity,
  type DsseEnvelopeRecord,
  PolicyVersionStore,
  AttestationStore,
  ReviewItemStore,
  scopeOf,
} from '@tiergate/persistence';
import { missingForSubmission } from '@tiergate/policy';
import { actorOf } from '../common/actor';
import { SigningKeysService } from '../signing-keys/signing-keys.service';
import { AttestationStatementService } from './attestation-statement.service';

export interface SubmissionReceipt {
  id: string;
  status: AttestationEntity['status'];
  version: number;
  submittedAt: string;
  statementSha256: string;
  signerKeyId: string | null;
}

/**
 * Submission freezes a draft: completeness checked, the canonical statement (and its signature,
 * when the organisation signs) stored, status `submitted`, and an `attestation.submitted` event for
 * the verification worker, all in one transaction.
 */
@Injectable()
export class AttestationSubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly statements: AttestationStatementService,
    private readonly signingKeys: SigningKeysService,
    private readonly policy: PolicyVersionStore,
    private readonly states: AttestationStateWriter,
    private readonly datacenterStatus: DatacenterStatusWriter,
    private readonly outbox: OutboxWriter,
    private readonly reviewItems: ReviewItemStore,
    private readonly clock: Clock,
  ) {}

  async submit(id: string, signature: unknown, idempotencyKey: string | undefined, principal: Principal): Promise<SubmissionReceipt> {
    const active = await this.policy.active();
    return this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockVisible(manager, scopeOf(principal), id);
      if (attestation.status !== 'draft') {
        // The same key repeats the receipt, with the status the attestation has now (the worker may
        // have moved it on); anything else is a second submission.
        if (idempotencyKey && attestation.submitIdempotencyKey === idempotencyKey) return receiptOf(attestation, this.clock.now());
        throw new StateConflictError(`Attestation ${id} is already ${attestation.status}; it was submitted once and cannot be submitted again`);
      }
      if (attestation.policyVersionId !== active.id) {
        throw new StateConflictError(`The active policy changed since this draft was written; PATCH the draft to re-check it against version ${active.version}`);
      }

      const evidence = await manager.find(EvidenceEntity, { where: { attestationId: attestation.id } });
      const missing = missingForSubmission(attestation.claims, evidence, active.pack);
      if (missing.length > 0) throw new InvalidInputError([{ field: 'submission', problems: missing }]);

      const statement = await this.statements.statementOf(attestation, manager, { evidence, policyVersion: active });
      const keys = await this.signingKeys.keysOf(attestation.organizationId, manager);
      let signerKeyId: string | null = null;
      if (keys.length > 0 || signature !== undefined) {
        if (signature === undefined) throw new BadRequestError('This organisation signs its attestations: send signature, a DSSE envelope over GET /attestations/:id/statement');
        if (keys.length === 0) throw new BadRequestError('This organisation has no signing keys; register one with PUT /organizations/:id/signing-keys or submit without a signature');
        const verified = verifyEnvelope(
          signature,
          statement.bytes,
          keys.map((key) => ({ keyId: key.keyId, publicKeyPem: key.publicKeyPem })),
        );
        if (!verified.ok) throw new InvalidInputError([{ field: 'signature', problems: [verified.reason] }]);
        signerKeyId = verified.keyId;
      }

      const actor = actorOf(principal);
      await this.outbox.append(manager, 'attestation.submitted', { attestationId: attestation.id });
      await this.datacenterStatus.change(manager, attestation.datacenterId, 'pending', actor, { reason: 'first attestation submitted', attestationId: attestation.id, only: ['unattested'] });
      await this.states.apply(manager, attestation, 'submit', actor, {
        changes: {
          statementText: statement.bytes.toString('utf8'),
          statementSha256: statement.sha256,
          signature: (signature as DsseEnvelopeRecord | undefined) ?? null,
          signerKeyId,
          submitIdempotencyKey: idempotencyKey ?? null,
          submittedAt: this.clock.now(),
          submittedBy: principal.userId,
        },
        payload: { statementSha256: statement.sha256, signerKeyId },
      });
      return receiptOf(attestation, this.clock.now());
    });
  }

  async withdraw(id: string, principal: Principal): Promise<{ id: string; status: AttestationEntity['status'] }> {
    return this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockVisible(manager, scopeOf(principal), id);
      const actor = actorOf(principal);
      await this.states.apply(manager, attestation, 'withdraw', actor);
      // Nothing left to review: the item leaves the auditors' queue with it.
      await this.reviewItems.closeOpenForAttestation(manager, attestation.id);
      if ((await this.attestations.inFlightCount(manager, attestation.datacenterId)) === 0) {
        await this.datacenterStatus.change(manager, attestation.datacenterId, 'unattested', actor, { reason: 'attestation withdrawn', attestationId: attestation.id, only: ['pending'] });
      }
      return { id: attestation.id, status: attestation.status };
    });
  }
}

/** `now` stands in for a submission time the row lacks. */
function receiptOf(attestation: AttestationEntity, now: Date): SubmissionReceipt {
  return {
    id: attestation.id,
    status: attestation.status,
    version: attestation.version,
    submittedAt: (attestation.submittedAt ?? now).toISOString(),
    statementSha256: attestation.statementSha256 ?? '',
    signerKeyId: attestation.signerKeyId,
  };
}
