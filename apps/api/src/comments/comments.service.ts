import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AttestationCommentEntity, AttestationCommentStore, AuditWriter, AttestationStore, scopeOf, type Page } from '@tiergate/persistence';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import { sha256Hex } from '../common/secrets';
import { toCommentView, type CommentView } from './comment.view';

/** The thread on an attestation. Whoever can see the attestation reads it; another organisation's answers 404. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attestations: AttestationStore,
    private readonly comments: AttestationCommentStore,
    private readonly audit: AuditWriter,
  ) {}

  async add(attestationId: string, body: string, principal: Principal): Promise<CommentView> {
    const attestation = await this.attestations.findVisible(this.dataSource.manager, scopeOf(principal), attestationId);
    const row = await this.dataSource.transaction(async (manager) => {
      const comment = await manager.save(
        manager.create(AttestationCommentEntity, {
          attestationId: attestation.id,
          organizationId: attestation.organizationId,
          countryCode: attestation.countryCode,
          authorId: principal.userId,
          authorRole: principal.role,
          body,
        }),
      );
      // The digest, not the text: the chain proves what was said without repeating every message.
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'comment.created',
        entityType: 'attestation_comment',
        entityId: comment.id,
        payload: { attestationId: attestation.id, bodySha256: sha256Hex(body) },
      });
      return comment;
    });
    return toCommentView(row);
  }

  /** Oldest first, the way a thread reads. */
  async list(attestationId: string, page: PageQuery, principal: Principal): Promise<Page<CommentView>> {
    const attestation = await this.attestations.findVisible(this.dataSource.manager, scopeOf(principal), attestationId);
    const result = await this.comments.pageOf(this.dataSource.manager, scopeOf(principal), attestation.id, page);
    return { items: result.items.map(toCommentView), nextCursor: result.nextCursor };
  }
}
