/**
 * Which regulators speak for a policy pack. A pack that names `jurisdictions` is for those
 * countries: a regulator covers it when every one of them lies within the regulator's own
 * jurisdictions. A pack that names none is global, and only a regulator without a jurisdiction
 * (a global one) covers it: a national regulator must not help change rules for everyone.
 */
export function regulatorCoversPack(regulatorJurisdictions: readonly string[], packJurisdictions: readonly string[] | undefined): boolean {
  if (regulatorJurisdictions.length === 0) return true;
  if (!packJurisdictions || packJurisdictions.length === 0) return false;
  const own = new Set(regulatorJurisdictions.map((code) => code.toUpperCase()));
  return packJurisdictions.every((code) => own.has(code.toUpperCase()));
}

/** One recorded approval, with who gave it as they are now (a role or jurisdiction can change after the vote). */
export interface ApprovalVote {
  approvedBy: string;
  role: string;
  jurisdictions: readonly string[];
}

/**
 * The approvals that count toward a version's quorum: distinct regulators who still hold the role,
 * cover the pack, and did not publish it (publishing and approving are different people's acts).
 */
export function countedApprovals(votes: readonly ApprovalVote[], pack: { publishedBy: string; jurisdictions?: readonly string[] }): ApprovalVote[] {
  const seen = new Set<string>();
  return votes.filter((vote) => {
    if (seen.has(vote.approvedBy)) return false;
    seen.add(vote.approvedBy);
    return vote.role === 'regulator' && vote.approvedBy !== pack.publishedBy && regulatorCoversPack(vote.jurisdictions, pack.jurisdictions);
  });
}
