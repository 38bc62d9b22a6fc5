/** How long a claim keeps an item from other auditors; claiming again renews it (see below). */
export const REVIEW_LEASE_MS = 30 * 60 * 1000;

/**
 * A claim by the holder renews the lease only once the lease has run this long. Sooner, the claim
 * is a duplicate of the one that granted it (a double submit, or parallel requests that the
 * database happened to serialise) and answers 409 like every other loser of the race: of any
 * number of simultaneous claims, exactly one succeeds.
 */
export const RENEWAL_MIN_AGE_MS = 60 * 1000;
