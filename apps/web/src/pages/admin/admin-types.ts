/** GET /organizations items. */
export interface Organization {
  id: string;
  name: string;
  hqCountry: string;
  lei: string | null;
  createdAt: string;
}
