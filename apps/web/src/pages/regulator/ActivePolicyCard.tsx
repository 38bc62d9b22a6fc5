import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/states';
import { formatDateTime } from '../../ui/format';
import { useResource } from '../../ui/use-resource';

interface ActivePolicy {
  id: string;
  version: string;
  title: string;
  activatedAt: string;
}

/** The version in force, first: the list below runs oldest first and may be long. */
export function ActivePolicyCard() {
  const active = useResource(() => api.get<ActivePolicy>('/policy'), []);
  return (
    <section className="card" aria-labelledby="in-force-title">
      <h2 id="in-force-title">In force</h2>
      {active.error ? (
        <ErrorMessage error={active.error} />
      ) : !active.data ? (
        <Loading />
      ) : (
        <p>
          <Link to={`/policy/${active.data.id}`}>Version {active.data.version}</Link>: {active.data.title}, active since {formatDateTime(active.data.activatedAt)}.
        </p>
      )}
    </section>
  );
}
