// Characters that take no room on screen but split or glue words for a search: the soft hyphen, the zero-width space,
// non-joiner and joiner, the word joiner and the BOM (zero-width no-break space). The corpus loader removes them from
// articles and the analyzer from everything it reads, questions included, so "Shein\u00ADbaum" is Sheinbaum.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
