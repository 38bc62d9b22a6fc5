/** Shapes of the policy-versions API (apps/api/src/policy) as the regulator's pages read them. */

export type PolicyVersionStatus = 'published' | 'active' | 'retired';

export interface PolicyVersion {
  id: string;
  version: string;
  title: string;
  status: PolicyVersionStatus;
  publishedBy: string;
  publishedAt: string;
  activatedAt: string | null;
  approvals: { approvedBy: string; approvedAt: string }[];
  approvalsRequired: number;
  reevaluation: { total: number; done: number } | null;
}

export interface PolicyControl {
  id: string;
  condition: string;
  title: string;
  requiredEvidence: string[];
  automatedChecks: string[];
  humanReview: boolean;
  reauditDays: number;
  severity: string;
  waivable: boolean;
}

/** The parts of a pack the detail page summarises; the pack itself is libs/policy/src/policy-pack.schema.ts. */
export interface PolicyPackSummary {
  version: string;
  title: string;
  note?: string;
  approvalQuorum: number;
  /** The countries a pack is for; absent for a global pack. */
  jurisdictions?: string[];
  countries: { code: string; name: string; tier: 1 | 2 | 3 }[];
  controls: PolicyControl[];
  accelerators: unknown[];
  prohibitedHardware: unknown[];
  restrictedParties?: unknown[];
  thresholds: { h100Tpp: number; lppH100Equivalents: number; igaAccelerators: number };
  screeningThreshold?: number;
}

/** GET /policy/versions/:id: the view and the whole pack. */
export interface PolicyVersionDetail extends PolicyVersion {
  pack: PolicyPackSummary;
}

export function reevaluationRunning(version: Pick<PolicyVersion, 'reevaluation'>): boolean {
  return version.reevaluation !== null && version.reevaluation.done < version.reevaluation.total;
}
