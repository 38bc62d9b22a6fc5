import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { AuditWriter, EvidenceEntity, EvidenceRecordStore, PolicyVersionStore, scopeOf, AttestationStore } from '@tiergate/persistence';
import { evidenceProblems } from '@tiergate/policy';
import { EVIDENCE_STORE, type EvidenceStore } from '@tiergate/storage';
import { InvalidInputError, UnsupportedMediaTypeError, type FieldError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import { flattenValidationErrors } from '../common/validation/validation.pipe';
import { assertEditable } from '../attestations/attestations.service';
import { toEvidenceView, type EvidenceView } from '../attestations/attestation.view';
import { EvidenceFieldsDto } from './evidence-fields.dto';
import { readMultipartEvidence } from './multipart-evidence.reader';

/** Evidence files of draft attestations: streamed in, content-addressed, streamed back within scope. */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly records: EvidenceRecordStore,
    private readonly audit: AuditWriter,
    private readonly policies: PolicyVersionStore,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(attestationId: string, request: Request, principal: Principal): Promise<EvidenceView> {
    const attestation = await this.attestations.findVisible(this.dataSource.manager, scopeOf(principal), attestationId);
    assertEditable(attestation);
    if (!request.is('multipart/form-data')) throw new UnsupportedMediaTypeError('Upload evidence as multipart/form-data with a part named "file"');

    const upload = await readMultipartEvidence(request, this.store, this.config.EVIDENCE_MAX_BYTES, (stored) => this.forgetIfUnused(stored.sha256));
    const fields = plainToInstance(EvidenceFieldsDto, upload.fields);
    const problems: FieldError[] = [
      ...Object.keys(upload.fields)
        .filter((name) => !['type', 'controlIds', 'validUntil', 'observedFrom', 'observedTo'].includes(name))
        .map((name) => ({ field: name, problems: [`property ${name} should not exist`] })),
      ...flattenValidationErrors(validateSync(fields)),
    ];
    if (problems.length === 0) {
      // Compiled once per version and cached: no read of the (megabyte) pack per upload.
      const { pack } = await this.policies.compiled(attestation.policyVersionId);
      problems.push(...evidenceProblems(fields, pack).map(({ field, problem }) => ({ field, problems: [problem] })));
      if (fields.observedFrom && fields.observedTo && Date.parse(fields.observedFrom) > Date.parse(fields.observedTo)) {
        problems.push({ field: 'observedTo', problems: ['observedTo must not be before observedFrom'] });
      }
    }
    if (problems.length > 0) {
      await this.forgetIfUnused(upload.stored.sha256);
      throw new InvalidInputError(problems);
    }

    const evidence = await this.dataSource.transaction(async (manager) => {
      const locked = await this.attestations.lockVisible(manager, scopeOf(principal), attestationId);
      assertEditable(locked);
      const row = await manager.save(
        manager.create(EvidenceEntity, {
          attestationId,
          sha256: upload.stored.sha256,
          size: upload.stored.size,
          mediaType: upload.mediaType,
          type: fields.type,
          controlIds: fields.controlIds,
          fileName: upload.fileName,
          validUntil: fields.validUntil ? new Date(fields.validUntil) : null,
          observedFrom: fields.observedFrom ? new Date(fields.observedFrom) : null,
          observedTo: fields.observedTo ? new Date(fields.observedTo) : null,
          uploadedBy: principal.userId,
        }),
      );
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'evidence.uploaded',
        entityType: 'attestation',
        entityId: attestationId,
        payload: { evidenceId: row.id, sha256: row.sha256, size: row.size, type: row.type, controlIds: row.controlIds },
      });
      return row;
    });
    return toEvidenceView(evidence);
  }

  async content(id: string, principal: Principal): Promise<{ evidence: EvidenceEntity; stream: Readable }> {
    const evidence = await this.find(id, principal);
    return { evidence, stream: await this.store.open(evidence.sha256) };
  }

  async remove(id: string, principal: Principal): Promise<void> {
    const evidence = await this.find(id, principal);
    await this.dataSource.transaction(async (manager) => {
      const attestation = await this.attestations.lockVisible(manager, scopeOf(principal), evidence.attestationId);
      assertEditable(attestation);
      await manager.delete(EvidenceEntity, { id: evidence.id });
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'evidence.deleted',
        entityType: 'attestation',
        entityId: attestation.id,
        payload: { evidenceId: evidence.id, sha256: evidence.sha256 },
      });
    });
    await this.forgetIfUnused(evidence.sha256);
  }

  private async find(id: string, principal: Principal): Promise<EvidenceEntity> {
    return this.records.findVisible(this.dataSource.manager, scopeOf(principal), id);
  }

  /** Content-addressed bytes may be shared by several records: only the last reference removes them. */
  private async forgetIfUnused(sha256: string): Promise<void> {
    if (!this.store.delete) return;
    if (await this.dataSource.getRepository(EvidenceEntity).existsBy({ sha256 })) return;
    await this.store.delete(sha256).catch((error: unknown) => this.logger.warn(`could not remove unused evidence ${sha256}: ${String(error)}`));
  }
}
