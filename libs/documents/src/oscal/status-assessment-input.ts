import type { FindingSeverity, Tier } from '@tiergate/policy';

/** One facility as the status report sees it at `asOf`. */
export interface FacilityStatusForOscal {
  id: string;
  name: string;
  countryCode: string;
  /** Tier of the country under the policy in force; null when the policy does not list it. */
  tier: Tier | null;
  /** Compliance status at `asOf`: unattested, pending, compliant, non_compliant, expired or suspended. */
  status: string;
  h100Equivalents: number;
  /** Findings not closed, per severity; a severity left out counts as none. */
  openFindings: Partial<Record<FindingSeverity, number>>;
  /** The attestation the status rests on (the approved one, or the one in flight). */
  attestationId?: string | null;
  validUntil?: string | null;
}

/** What `format=oscal` of the status report turns into OSCAL assessment results. */
export interface StatusAssessmentInput {
  /** The moment the report describes: now, or the `asOf` asked for. ISO 8601 with a zone. */
  asOf: string;
  /** What the report covers, for people, e.g. "jurisdictions DE, FR; grouped by country". */
  scope?: string;
  /** The policy version in force at `asOf`: the assessment plan. */
  policy?: { versionId: string; version: string; title?: string };
  facilities: FacilityStatusForOscal[];
}
