import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FileField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import type { Datacenter, InventoryRevision } from './api-shapes';

/**
 * Replaces the whole inventory from a CSV file. The API checks every line before changing anything
 * and names each mistake by line and column; ErrorMessage lists them.
 */
export function InventoryUpload({ datacenterId, onReplaced }: { datacenterId: string; onReplaced(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const upload = useAction(async (csv: File) => {
    setDone(null);
    const result = await api.put<Datacenter & { revision: InventoryRevision }>(`/datacenters/${datacenterId}/inventory`, csv, { 'Content-Type': 'text/csv' });
    setDone(`Inventory revision ${result.revision.revision} saved: ${result.revision.lineCount} lines, ${result.revision.totalAccelerators} accelerators.`);
    onReplaced();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) void upload.run(file);
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="inventory-title">
      <h2 id="inventory-title">Upload inventory</h2>
      <p className="muted">
        A CSV file with the header <code>vendor,model,quantity</code> (optional columns <code>serials</code>, <code>reason</code>, <code>destinationCountry</code>, <code>destinationDatacenterId</code>
        ). It replaces the whole inventory; nothing changes unless every line is right.
      </p>
      <ErrorMessage error={upload.error} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <FileField label="Inventory CSV" accept=".csv,text/csv" onChange={setFile} required />
      <button type="submit" disabled={upload.busy || !file}>
        {upload.busy ? 'Uploading…' : 'Upload inventory'}
      </button>
    </form>
  );
}
