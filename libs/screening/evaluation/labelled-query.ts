/** How a positive query was respelled from a listed name, as counterparties' own paperwork does. */
export type VariantKind =
  | 'legal-form-dropped'
  | 'legal-form-changed'
  | 'word-order'
  | 'typo-insertion'
  | 'typo-deletion'
  | 'typo-substitution'
  | 'typo-transposition'
  | 'case-punctuation-diacritics'
  | 'abbreviation'
  | 'spacing'
  | 'native-script'
  /** A listed name followed (or interleaved) with a country, city, region, business line or legal form: "Huawei Technologies Deutschland GmbH". */
  | 'subsidiary'
  /** A listed name's letters written apart: "H u a w e i". */
  | 'spaced-letters';

/** What kind of innocent name a negative query is. */
export type InnocentKind =
  | 'unrelated'
  | 'shares-place'
  | 'shares-business-word'
  | 'shares-place-and-business-word'
  | 'person'
  | 'look-alike'
  /** An innocent brand named the way subsidiaries are: "Bluepeak Technologies Deutschland GmbH". */
  | 'subsidiary-shaped';

export interface LabelledQuery {
  query: string;
  /** The entry the query must match, or null for an innocent name that must not match. */
  expectedEntryId: string | null;
  kind: VariantKind | InnocentKind;
  /** For a positive, the listed spelling it was respelled from. */
  derivedFrom?: string;
}
