/**
 * A facility's compliance status, as the registry stores it. Declared here as well as in
 * persistence because the report math is pure and persistence already depends on this library.
 */
export const FACILITY_STATUSES = ['unattested', 'pending', 'compliant', 'non_compliant', 'expired', 'suspended'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export type StatusCounts = Record<FacilityStatus, number>;

/** Every status present, at zero: a regulator reads "0 suspended", never a missing column. */
export function emptyStatusCounts(): StatusCounts {
  return { unattested: 0, pending: 0, compliant: 0, non_compliant: 0, expired: 0, suspended: 0 };
}

export function isFacilityStatus(value: string): value is FacilityStatus {
  return (FACILITY_STATUSES as readonly string[]).includes(value);
}
