import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FileField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import type { PolicyVersion } from './policy-types';

/** A pack file read in the browser and published as a new version; the API lists every problem of a bad pack at once. */
export function PublishPackForm() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const publish = useAction(async (pack: File) => {
    const text = await pack.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new Error(`${pack.name} is not valid JSON: ${(error as Error).message}`);
    }
    const published = await api.post<PolicyVersion>('/policy/versions', body);
    navigate(`/policy/${published.id}`);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) void publish.run(file);
  };

  return (
    <form className="card" aria-labelledby="publish-title" onSubmit={submit}>
      <h2 id="publish-title">Publish a policy pack</h2>
      <p className="muted">
        A complete pack as JSON, under a new version number. Start from an existing version ("Download pack" on its page), edit it, and publish. It takes effect only once approved and activated.
      </p>
      <ErrorMessage error={publish.error} />
      <FileField label="Policy pack (JSON file)" accept="application/json,.json" onChange={setFile} required />
      <button type="submit" disabled={!file || publish.busy}>
        {publish.busy ? 'Publishing…' : 'Publish'}
      </button>
    </form>
  );
}
