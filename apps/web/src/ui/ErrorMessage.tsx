import { ApiError, messageOf } from '../api/api-error';

/** An error from the API (or anything thrown) read out to the user, with the per-field problems of a 400 listed. */
export function ErrorMessage({ error, message }: { error?: unknown; message?: string | null }) {
  if (!error && !message) return null;
  const problems = error instanceof ApiError ? error.fieldProblems : [];
  const text = message ?? messageOf(error);
  // A 400's message already spells out every problem ("Invalid input — a: …; b: …"): with the list
  // below, only its lead-in is worth repeating.
  const heading = problems.length > 0 ? text.split(' — ')[0] : text;
  return (
    <div role="alert" className="error">
      <p>{heading}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem.field}>
              <strong>{problem.field}</strong>: {problem.problems.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
