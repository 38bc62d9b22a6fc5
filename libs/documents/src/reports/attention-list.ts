/** A facility a regulator should look at: non-compliant or suspended at asOf, or compliant with its re-audit overdue. */
export interface AttentionFacility {
  id: string;
  name: string;
  organization: string;
  countryCode: string;
  status: string;
  overdue: boolean;
  nextAuditDue: string | null;
}

export interface AttentionList {
  facilities: AttentionFacility[];
  /** How many there are in all; the list itself stops at the limit so a printed report stays printable. */
  total: number;
}
