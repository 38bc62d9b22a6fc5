import type { AttestationCommentEntity } from '@tiergate/persistence';

export interface CommentView {
  id: string;
  attestationId: string;
  author: { id: string; role: AttestationCommentEntity['authorRole'] };
  body: string;
  createdAt: string;
}

export function toCommentView(row: AttestationCommentEntity): CommentView {
  return {
    id: row.id,
    attestationId: row.attestationId,
    author: { id: row.authorId, role: row.authorRole },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
