// Labelled evaluation data for measuring screening (specs and bench/ only): respellings of listed
// names, subsidiary-style names and innocent look-alikes, and the recall/precision they give.
export { labelledVariants, type InnocentKind, type LabelledQuery, type LabelledVariantOptions, type VariantKind } from './labelled-variants';
export { evaluateScreening, type ScreeningError, type ScreeningEvaluation } from './screening-evaluation';
