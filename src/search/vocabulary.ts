// How many passages each index term reaches, and the inverse document frequency the query planner, the decline rule
// and the snippet picker weigh terms by. Read from the live index on demand (memoised), so neither building nor
// loading an index pays for a pass over the whole vocabulary.
import type MiniSearch from 'minisearch';
import type { IndexedPassage } from './index.js';

export interface Vocabulary {
  passageCount: number;
  /** Passages the term occurs in (any field); 0 for a term the corpus never uses. */
  frequency(term: string): number;
  /** BM25's idf: rare terms weigh more; a term absent from the corpus weighs most. */
  idf(term: string): number;
}

/** Per field id, the passages (short ids) holding the term and how often. */
type TermPostings = Map<number, Map<number, number>>;

/**
 * MiniSearch exposes no document frequency; its protected radix map of term → field → passage → count holds it.
 * This is the one place that reads it (minisearch 7; the vocabulary tests fail if that layout changes).
 */
function postingsOf(index: MiniSearch<IndexedPassage>, term: string): TermPostings | undefined {
  return (index as unknown as { _index: { get(key: string): TermPostings | undefined } })._index.get(term);
}

const MEMO_LIMIT = 50_000;

export function vocabularyOf(index: MiniSearch<IndexedPassage>): Vocabulary {
  const passageCount = index.documentCount;
  const memo = new Map<string, number>();
  const frequency = (term: string): number => {
    const known = memo.get(term);
    if (known !== undefined) return known;
    const postings = postingsOf(index, term);
    let found = 0;
    if (postings) {
      const fields = [...postings.values()];
      if (fields.length === 1) found = fields[0]?.size ?? 0;
      else {
        const passages = new Set<number>();
        for (const byPassage of fields) for (const shortId of byPassage.keys()) passages.add(shortId);
        found = passages.size;
      }
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(term, found);
    return found;
  };
  return {
    passageCount,
    frequency,
    idf: (term) => {
      const found = frequency(term);
      return Math.log(1 + (passageCount - found + 0.5) / (found + 0.5));
    },
  };
}
