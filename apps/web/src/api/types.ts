/** Shapes of the API's responses that the console relies on across pages. Page-specific shapes live with their pages. */

export type Role = 'admin' | 'operator' | 'auditor' | 'regulator';

export interface User {
  id: string;
  email: string;
  role: Role;
  organizationId: string | null;
  jurisdictions: string[];
  disabled: boolean;
  createdAt: string;
}

/** Every list of the API: keyset pagination with `?limit=&cursor=`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An organisation as GET /organizations lists it. */
export interface Organization {
  id: string;
  name: string;
  hqCountry: string;
  lei: string | null;
  createdAt: string;
}
