import type { InventoryChangeRecord, InventoryRevisionEntity } from '@tiergate/persistence';

export interface InventoryRevisionView {
  id: string;
  datacenterId: string;
  revision: number;
  lineCount: number;
  totalAccelerators: number;
  /** Per model: before, after, and the operator's reason for a decrease. */
  changes: InventoryChangeRecord[];
  submittedBy: string;
  createdAt: string;
}

export function toInventoryRevisionView(row: InventoryRevisionEntity): InventoryRevisionView {
  return {
    id: row.id,
    datacenterId: row.datacenterId,
    revision: row.revision,
    lineCount: row.lineCount,
    totalAccelerators: row.totalAccelerators,
    changes: row.changes,
    submittedBy: row.submittedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
