// How many passages each index term reaches, read from the index itself (no second pass of the analyzer), and the
// inverse document frequency the planner, the decline rule and the snippet picker weigh terms by.
import type { AsPlainObject } from 'minisearch';

export interface Vocabulary {
  passageCount: number;
  /** Passages the term occurs in (any field); 0 for a term the corpus never uses. */
  frequency(term: string): number;
  /** BM25's idf: rare terms weigh more; a term absent from the corpus weighs most. */
  idf(term: string): number;
}

export function vocabularyOf(stored: AsPlainObject): Vocabulary {
  const frequencies = new Map<string, number>();
  for (const [term, byField] of stored.index) {
    const passages = new Set<string>();
    for (const byPassage of Object.values(byField)) for (const shortId of Object.keys(byPassage)) passages.add(shortId);
    frequencies.set(term, passages.size);
  }
  const passageCount = stored.documentCount;
  const frequency = (term: string) => frequencies.get(term) ?? 0;
  return {
    passageCount,
    frequency,
    idf: (term) => {
      const found = frequency(term);
      return Math.log(1 + (passageCount - found + 0.5) / (found + 0.5));
    },
  };
}
