import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FileField, SelectField, TextField } from '../../../ui/fields';
import { useAction } from '../../../ui/use-action';
import type { Evidence, PolicyControl } from '../api-shapes';

interface EvidenceUploadProps {
  control: PolicyControl;
  attestationId: string;
  /** The first required type still missing, offered first. */
  nextType: string | undefined;
  onUploaded(evidence: Evidence): void;
}

/** Uploads one file as evidence for the control, of a type the control takes, with its progress shown. */
export function EvidenceUpload({ control, attestationId, nextType, onUploaded }: EvidenceUploadProps) {
  const types = [...new Set([...control.requiredEvidence, ...control.acceptedEvidence])];
  const [chosenType, setChosenType] = useState<string | null>(null);
  const type = chosenType ?? nextType ?? types[0] ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [validUntil, setValidUntil] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  // A new key clears the file input after an upload.
  const [inputKey, setInputKey] = useState(0);

  const upload = useAction(async (chosen: File) => {
    setUploaded(null);
    setProgress(0);
    const form = new FormData();
    form.append('type', type);
    form.append('controlIds', control.id);
    if (validUntil) form.append('validUntil', validUntil);
    form.append('file', chosen, chosen.name);
    const evidence = await api.upload<Evidence>(`/attestations/${attestationId}/evidence`, form, setProgress);
    setUploaded(`${chosen.name} uploaded as ${evidence.type}.`);
    setFile(null);
    setChosenType(null);
    setValidUntil('');
    setInputKey((value) => value + 1);
    onUploaded(evidence);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) void upload.run(file).then((ok) => ok || setProgress(null));
  }

  if (types.length === 0) return null;
  return (
    <form className="op-evidence-upload" onSubmit={submit} aria-label={`Upload evidence for ${control.id}`}>
      <div className="row">
        <SelectField label="Evidence type" value={type} onChange={setChosenType} options={types} />
        <FileField key={inputKey} label="File" onChange={setFile} required />
        <TextField label="Valid until (optional)" type="date" value={validUntil} onChange={setValidUntil} />
        <div className="field">
          <button type="submit" disabled={upload.busy || !file}>
            {upload.busy ? 'Uploading…' : 'Upload evidence'}
          </button>
        </div>
      </div>
      {progress !== null && (
        <div className="op-upload-progress">
          <progress max={1} value={progress} aria-label={`Upload progress for ${control.id}`} />
          <span aria-hidden="true">{Math.round(progress * 100)}%</span>
        </div>
      )}
      <ErrorMessage error={upload.error} />
      {uploaded && (
        <p className="notice" role="status">
          {uploaded}
        </p>
      )}
    </form>
  );
}
