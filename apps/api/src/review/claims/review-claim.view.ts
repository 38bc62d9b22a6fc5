export interface ClaimView {
  id: string;
  attestationId: string;
  claimedBy: string;
  leaseUntil: string;
  /** The caller already held the lease; it now runs from this claim. */
  renewed: boolean;
}

export interface ReleaseView {
  id: string;
  attestationId: string;
  claimedBy: null;
}
