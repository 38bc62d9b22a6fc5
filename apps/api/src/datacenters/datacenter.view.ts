import type { DatacenterEntity } from '@tiergate/persistence';
import type { CompiledPolicy, InventorySummary } from '@tiergate/policy';

export interface DatacenterView {
  id: string;
  organizationId: string;
  name: string;
  countryCode: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Per the active policy version, so a tier change shows at once. */
  tier: 1 | 2 | 3 | null;
  complianceStatus: DatacenterEntity['complianceStatus'];
  nextAuditDue: string | null;
  totalAccelerators: number;
  totalTpp: number;
  h100Equivalents: number;
  unknownModels: InventorySummary['unknownModels'];
  prohibitedHardware: InventorySummary['prohibited'];
  thresholds: {
    /** A Tier 2 facility above the low-processing-performance threshold (in H100-equivalents). */
    overLowProcessingThreshold: boolean;
    /** More accelerators than a facility may hold without an intergovernmental agreement. */
    overIgaThreshold: boolean;
    igaInForce: boolean;
  };
  inventory: { revision: number; lineCount: number };
  createdAt: string;
  updatedAt: string;
}

/** Figures are derived on read from per-model totals and the active policy: never stale after a policy change. */
export function toDatacenterView(row: DatacenterEntity, policy: CompiledPolicy): DatacenterView {
  const summary = policy.classifier.summarise(row.inventoryModels);
  const country = policy.countries.get(row.countryCode);
  const { lppH100Equivalents, igaAccelerators } = policy.pack.thresholds;
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    countryCode: row.countryCode,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    tier: country?.tier ?? null,
    complianceStatus: row.complianceStatus,
    nextAuditDue: row.nextAuditDue?.toISOString() ?? null,
    totalAccelerators: summary.totalAccelerators,
    totalTpp: summary.totalTpp,
    h100Equivalents: round(summary.h100Equivalents),
    unknownModels: summary.unknownModels,
    prohibitedHardware: summary.prohibited,
    thresholds: {
      overLowProcessingThreshold: country?.tier === 2 && summary.h100Equivalents > lppH100Equivalents,
      overIgaThreshold: summary.totalAccelerators > igaAccelerators,
      igaInForce: country?.igaInForce ?? false,
    },
    inventory: { revision: row.inventoryRevision, lineCount: row.inventoryLineCount },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function round(value: number): number {
  return Math.round(value * 1_000) / 1_000;
}
