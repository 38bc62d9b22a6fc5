import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { EmptyState, Loading } from '../ui/states';
import { useAction } from '../ui/use-action';
import { usePagedList } from '../ui/use-paged-list';
import type { Comment } from './attestation-types';
import { whoIs } from './who';

/** The thread between the operator and the auditors; regulators and admins read it without writing. */
export function CommentsSection({ attestationId, me }: { attestationId: string; me: User }) {
  const comments = usePagedList<Comment>(`/attestations/${attestationId}/comments`);
  const canWrite = me.role === 'operator' || me.role === 'auditor';
  return (
    <section aria-labelledby="attestation-comments">
      <h2 id="attestation-comments">Comments</h2>
      <ErrorMessage error={comments.error} />
      {comments.items.length === 0 && (comments.loading ? <Loading what="Loading comments" /> : <EmptyState>No comments yet.</EmptyState>)}
      <ol className="att-comments">
        {comments.items.map((comment) => (
          <li key={comment.id} className="card">
            <p className="muted">
              {whoIs(comment.author.id, me, comment.author.role)}, {formatDateTime(comment.createdAt)}
            </p>
            <p className="att-comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {comments.hasMore && (
        <button type="button" className="secondary" onClick={comments.loadMore} disabled={comments.loading}>
          Load more comments
        </button>
      )}
      {canWrite && <CommentForm attestationId={attestationId} onPosted={comments.reload} />}
    </section>
  );
}

function CommentForm({ attestationId, onPosted }: { attestationId: string; onPosted(): void }) {
  const [body, setBody] = useState('');
  const post = useAction(() => api.post(`/attestations/${attestationId}/comments`, { body }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await post.run()) {
      setBody('');
      onPosted();
    }
  }
  return (
    <form onSubmit={submit} className="card">
      <ErrorMessage error={post.error} />
      <TextField label="Add a comment" value={body} onChange={setBody} multiline required maxLength={10_000} />
      <button type="submit" disabled={post.busy}>
        {post.busy ? 'Posting…' : 'Post comment'}
      </button>
    </form>
  );
}
