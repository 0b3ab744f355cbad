// The index the scorer and the vocabulary read: every term's postings (per field, the passages holding the term and
// how often) as flat typed arrays, the term table as MiniSearch's SearchableMap (term → term number, so fuzzy and
// prefix lookups work as in MiniSearch), and the passages' field lengths. Built from the passages (build-postings.ts)
// or decoded from the saved binary file without rebuilding millions of Map entries (persistence/index-file.ts).
import SearchableMap from 'minisearch/SearchableMap';
import { INDEX_FIELDS } from './fields.js';

export interface Postings {
  /** Passages indexed; short ids run 0 … passageCount − 1 in the articles' reading order. */
  passageCount: number;
  /** Field name → field id (the order of INDEX_FIELDS). */
  fieldIds: Readonly<Record<string, number>>;
  fieldCount: number;
  /** Per field, MiniSearch's average field length (kept as MiniSearch computed it, so BM25 scores match exactly). */
  averageFieldLengths: Float64Array;
  /** Per field and passage, MiniSearch's field length (distinct raw tokens): `[fieldId * passageCount + shortId]`. */
  fieldLengths: Uint32Array;
  /** Term → term number. */
  terms: SearchableMap<number>;
  /** Term number → term. */
  termList: readonly string[];
  /** Postings of term t in field f: `passages` / `counts` from `starts[t * fieldCount + f]` to the next start. */
  starts: Uint32Array;
  /** Short ids, ascending within each posting list. */
  passages: Uint32Array;
  /** How often the term occurs in that passage's field. */
  counts: Uint32Array;
  /** Per term, the passages holding it in any field. */
  passageFrequencies: Uint32Array;
  /** Short id → passage id. */
  passageIds: readonly string[];
  /** Short id → article number (index into `articleIds`). */
  articleOf: Uint32Array;
  articleIds: readonly string[];
}

/** What each way of making postings (from the passages, from the saved file) has in hand. */
export type PostingsParts = Omit<Postings, 'fieldIds' | 'terms' | 'passageFrequencies'> & {
  passageFrequencies?: Uint32Array;
};

/** Postings from their parts: the field ids, the term table and (unless saved) the passage frequencies derived here. */
export function assemblePostings(parts: PostingsParts): Postings {
  const { passageFrequencies, ...rest } = parts;
  return {
    ...rest,
    fieldIds: fieldIdsOf(),
    terms: termMapOf(parts.termList),
    passageFrequencies:
      passageFrequencies ??
      passageFrequenciesOf(parts.starts, parts.passages, parts.termList.length, parts.fieldCount, parts.passageCount),
  };
}

export function fieldIdsOf(): Record<string, number> {
  return Object.fromEntries(INDEX_FIELDS.map((field, fieldId) => [field, fieldId]));
}

/** The term table as a SearchableMap, terms inserted in term-number order. */
function termMapOf(termList: readonly string[]): SearchableMap<number> {
  const terms = new SearchableMap<number>();
  termList.forEach((term, termNumber) => terms.set(term, termNumber));
  return terms;
}

/** Short id → article number, articles numbered in order of their first passage. */
export function numberArticles(
  passageCount: number,
  articleIdOf: (shortId: number) => string,
): { articleOf: Uint32Array; articleIds: string[] } {
  const articleIds: string[] = [];
  const articleNumbers = new Map<string, number>();
  const articleOf = new Uint32Array(passageCount);
  for (let shortId = 0; shortId < passageCount; shortId += 1) {
    const articleId = articleIdOf(shortId);
    let articleNumber = articleNumbers.get(articleId);
    if (articleNumber === undefined) {
      articleNumber = articleIds.length;
      articleNumbers.set(articleId, articleNumber);
      articleIds.push(articleId);
    }
    articleOf[shortId] = articleNumber;
  }
  return { articleOf, articleIds };
}

/** Per term, the passages holding it in any field (a passage counted once however many fields hold the term). */
function passageFrequenciesOf(
  starts: Uint32Array,
  passages: Uint32Array,
  termCount: number,
  fieldCount: number,
  passageCount: number,
): Uint32Array {
  const frequencies = new Uint32Array(termCount);
  const lastSeen = new Int32Array(passageCount).fill(-1);
  for (let termNumber = 0; termNumber < termCount; termNumber += 1) {
    let frequency = 0;
    for (
      let position = starts[termNumber * fieldCount] ?? 0;
      position < (starts[(termNumber + 1) * fieldCount] ?? 0);
      position += 1
    ) {
      const shortId = passages[position] ?? 0;
      if (lastSeen[shortId] !== termNumber) {
        lastSeen[shortId] = termNumber;
        frequency += 1;
      }
    }
    frequencies[termNumber] = frequency;
  }
  return frequencies;
}

/** Whether passage `shortId` holds term `termNumber` in field `fieldId` (binary search in its posting). */
export function hasPosting(postings: Postings, termNumber: number, fieldId: number, shortId: number): boolean {
  let low = postings.starts[termNumber * postings.fieldCount + fieldId] ?? 0;
  let high = (postings.starts[termNumber * postings.fieldCount + fieldId + 1] ?? 0) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = postings.passages[middle] ?? 0;
    if (found === shortId) return true;
    if (found < shortId) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
