// How many passages each index term reaches, and the inverse document frequency the query planner, the decline rule
// and the snippet picker weigh terms by: read from the postings' per-term passage counts, computed once when the
// postings were made.
import { BoundedCache } from '../../bounded-cache.js';
import type { Postings } from './postings.js';

export interface Vocabulary {
  passageCount: number;
  /** Passages the term occurs in (any field); 0 for a term the corpus never uses. */
  frequency(term: string): number;
  /** BM25's idf: rare terms weigh more; a term absent from the corpus weighs most. */
  idf(term: string): number;
}

// The query planner asks about the same words (and their derived relatives) for question after question: a hash
// lookup is cheaper than walking the term table's radix tree each time.
const MEMO_LIMIT = 50_000;

export function vocabularyOf(postings: Postings): Vocabulary {
  const passageCount = postings.passageCount;
  const memo = new BoundedCache<string, number>(MEMO_LIMIT);
  const frequency = (term: string): number =>
    memo.getOrSet(term, (unseen) => {
      const termNumber = postings.terms.get(unseen);
      return termNumber === undefined ? 0 : (postings.passageFrequencies[termNumber] ?? 0);
    });
  return {
    passageCount,
    frequency,
    idf: (term) => {
      const found = frequency(term);
      return Math.log(1 + (passageCount - found + 0.5) / (found + 0.5));
    },
  };
}
