export interface ScreeningResultView {
  name: string;
  matches: { entryId: string; listedName: string; matchedName: string; score: number; source: string; militaryEndUser: boolean; country: string | null }[];
}
