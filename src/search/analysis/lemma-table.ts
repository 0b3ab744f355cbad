// The lemmas of the words readers type, worked out once when dist/ is built: loading wink-lemmatizer's word lists costs
// about a quarter of a second, a third of a one-question `npm run ask`. The table holds wink's own lemma of every word
// of the frequency list and of wink's exception lists, so answers are the same with it or without it. A word it lacks
// (a rare word, a name) is its own lemma when it has none of the endings wink takes off; otherwise wink, loaded on
// first need, answers it (analyzer.ts), and the lemmas wink gave for a corpus's own words are saved beside its index.
import { readFileSync } from 'node:fs';

/** Where `npm run build` writes the table: dist/lemmas.txt, beside the compiled sources. */
export const LEMMA_TABLE = new URL('../../lemmas.txt', import.meta.url);

/** Word → lemma; "" when the word is its own lemma. */
export type LemmaTable = Record<string, string>;

/**
 * The table as written: one line a word, sorted, "word" when it is its own lemma, "word lemma" otherwise. It is
 * searched in place, by halves, so opening it costs a file read and no parsing (about 70,000 words).
 */
let table: string | null | undefined;

function tableText(): string | null {
  if (table === undefined) {
    try {
      table = readFileSync(LEMMA_TABLE, 'utf8');
    } catch {
      // Run from the sources (tests, `npm run dev`): no table, wink answers every word.
      table = null;
    }
  }
  return table;
}

/** Whether the build's table is there. */
export function hasLemmaTable(): boolean {
  return tableText() !== null;
}

/** The tabled lemma of `word`, or undefined when the table lacks it (or there is no table). */
export function tabledLemma(word: string): string | undefined {
  const text = tableText();
  return text === null ? undefined : lemmaIn(text, word);
}

/** `word`'s lemma in a table's text (see lemmaTableText), by halves; undefined when the table lacks the word. */
export function lemmaIn(text: string, word: string): string | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const start = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(' ', start);
    const keyEnd = space >= 0 && space < end ? space : end;
    const key = text.slice(start, keyEnd);
    if (key === word) return keyEnd === end ? word : text.slice(keyEnd + 1, end);
    if (key < word) low = end + 1;
    else high = start;
  }
  return undefined;
}

/** The table of `words`' lemmas by `lemmaOf`, as LEMMA_TABLE holds it. */
export function lemmaTableText(words: Iterable<string>, lemmaOf: (word: string) => string): string {
  return [...new Set(words)]
    .sort()
    .map((word) => {
      const lemma = lemmaOf(word);
      return lemma === word ? word : `${word} ${lemma}`;
    })
    .join('\n');
}

/** Lemmas saved beside an index, or null when the file is missing or damaged (never throws). */
export function readLemmaFile(file: string): LemmaTable | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as LemmaTable) : null;
  } catch {
    return null;
  }
}
