/** Characters that render as nothing: inserted into a model name they change the text, not what it names. */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;
/** Whitespace of any kind, hyphens, dashes, the minus sign and underscores (after NFKC, which maps full-width forms to these). */
const SEPARATORS = /[\s_\-\u2010-\u2015\u2212]+/gu;

/**
 * An inventory spelling as pack patterns also see it: compatibility forms folded (full-width
 * "ＡＳＣＥＮＤ" reads as "ASCEND"), invisible characters dropped, and every run of separators read as
 * one space, so a pattern written with `\s*` between words also meets "Ascend-910B" and "MLU_370".
 */
export function foldSpelling(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(SEPARATORS, ' ').trim();
}
