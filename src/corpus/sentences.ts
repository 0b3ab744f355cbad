// Sentence boundaries in a passage's text: where a snippet may start and end, and where an over-long paragraph is
// split into parts. A period after an abbreviation, an initial or a dotted acronym does not end a sentence.

// A period after these does not end a sentence ("Mr. Trump", "Gen. Smith", "Jan. 5").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'univ',
  'pres',
]);

// End punctuation, closing quotes or brackets, then space before something that can start a sentence; or a line break.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n+/gu;

/** A sentence's place in its text: [start, end), trimmed. */
export interface SentenceRange {
  start: number;
  end: number;
}

function endsWithAbbreviation(textBefore: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(textBefore)?.[1] ?? '';
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 1) return true; // an initial: "Donald J. Trump"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // a dotted acronym: U.S. President
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence ranges of a text, trimmed; a text without end punctuation is one sentence. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const isLineBreak = match[0].startsWith('\n');
    // The word before the period is short: look at the last few characters only, never the whole text again.
    if (
      !isLineBreak &&
      match[0].startsWith('.') &&
      endsWithAbbreviation(text.slice(Math.max(0, match.index - 24), match.index))
    )
      continue;
    const end = isLineBreak ? match.index : match.index + match[0].length;
    pushTrimmed(text, start, end, ranges);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, ranges: SentenceRange[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) ranges.push({ start: from, end: to });
}
