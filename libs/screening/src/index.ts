export { normalizeName, type NormalizedName } from './name-normalizer';
export { damerauLevenshteinDistance, damerauLevenshteinSimilarity, jaro, jaroWinkler } from './string-distance';
export { nameSimilarity, preparedNameSimilarity, wholeNameSimilarity, wordSetSimilarity, wordSimilarity } from './similarity';
export { prepareName, type PreparedName } from './prepared-name';
export { parentNamesOf, SUBSIDIARY_SCORE_FACTOR } from './parent-names';
export { DEFAULT_SCREENING_THRESHOLD, ScreeningIndex, type ScreeningMatch, type ScreeningOptions } from './screening-index';
