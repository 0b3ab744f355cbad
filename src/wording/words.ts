// Counting and listing words the way both faces write them: "1 article", "3 articles", "A, B and C".

/** `1 article`, `3 articles`; `pluralWord` for a word that does not just take an "s" (`1 person`, `2 people`). */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** `A`, `A and B`, `A, B and C` (or `A, B or C` with `conjunction: 'or'`). */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
