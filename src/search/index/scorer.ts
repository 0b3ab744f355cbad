// The query's first stage: BM25+ over the index's postings, computed exactly as MiniSearch's `search` computes it
// (same term expansion, weights, field boosts and "× number of matched query terms"), but into a typed array and
// keeping only the best `limit` passages. MiniSearch's `search` builds a result object for every passage that
// matches any word and sorts them all: on a large corpus where a question word occurs in half of 100,000
// paragraphs, that alone costs hundreds of milliseconds. Here a question costs one pass over the postings.
// test/search/index/scorer.test.ts checks this against MiniSearch's `search` on real and generated corpora.
import { hasPosting, type Postings } from './postings.js';

export interface ScoredTerm {
  term: string;
  boost: number;
  /** Edits allowed for a typo, or false. */
  fuzzy: number | false;
  /** Also match index terms that start with this one. */
  prefix: boolean;
}

export interface ScoreOptions {
  fieldBoosts: Record<string, number>;
  bm25: { k: number; b: number; d: number };
  /** Only passages of this article. */
  articleId?: string;
  limit: number;
}

/** A passage the scorer kept, with what it matched: the fields MiniSearch's `search` returns for it. */
export interface ScoredPassage {
  id: string;
  score: number;
  /** Index terms matched (exact, prefix or fuzzy forms). */
  terms: string[];
  /** Query terms matched. */
  queryTerms: string[];
}

export interface ScoreOutcome {
  passages: ScoredPassage[];
  /** Query terms that matched some passage (within the article, when restricted). */
  matchedTerms: Set<string>;
}

// MiniSearch's default weights of prefix and fuzzy matches (searchOptions.weights).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** At most 32 query terms (one bit each in the match masks); the planner caps questions below that. */
const MAX_TERMS = 32;

interface Expansion {
  queryIndex: number;
  indexTerm: string;
  weight: number;
  termNumber: number;
}

function expand(postings: Postings, terms: readonly ScoredTerm[]): Expansion[] {
  const expansions: Expansion[] = [];
  terms.slice(0, MAX_TERMS).forEach((query, queryIndex) => {
    const exact = postings.terms.get(query.term);
    if (exact !== undefined) expansions.push({ queryIndex, indexTerm: query.term, weight: 1, termNumber: exact });
    const fuzzyMatches = query.fuzzy ? postings.terms.fuzzyGet(query.term, query.fuzzy) : undefined;
    if (query.prefix) {
      for (const [term, termNumber] of postings.terms.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        expansions.push({
          queryIndex,
          indexTerm: term,
          weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
          termNumber,
        });
      }
    }
    if (fuzzyMatches) {
      for (const [term, [termNumber, distance]] of fuzzyMatches) {
        if (!distance) continue;
        expansions.push({
          queryIndex,
          indexTerm: term,
          weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
          termNumber,
        });
      }
    }
  });
  return expansions;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** Keeps the `limit` best (score, passage) pairs seen: a min-heap on score, ties broken toward the lower short id. */
class BestPassages {
  readonly #scores: number[] = [];
  readonly #ids: number[] = [];
  constructor(private readonly limit: number) {}

  #isWorse(i: number, j: number): boolean {
    const a = this.#scores[i] ?? 0;
    const b = this.#scores[j] ?? 0;
    return a < b || (a === b && (this.#ids[i] ?? 0) > (this.#ids[j] ?? 0));
  }

  #swap(i: number, j: number): void {
    [this.#scores[i], this.#scores[j]] = [this.#scores[j] ?? 0, this.#scores[i] ?? 0];
    [this.#ids[i], this.#ids[j]] = [this.#ids[j] ?? 0, this.#ids[i] ?? 0];
  }

  offer(id: number, score: number): void {
    if (this.#scores.length < this.limit) {
      this.#scores.push(score);
      this.#ids.push(id);
      for (let i = this.#scores.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.#isWorse(i, parent)) break;
        this.#swap(i, parent);
        i = parent;
      }
      return;
    }
    const worst = this.#scores[0] ?? 0;
    if (score < worst || (score === worst && id > (this.#ids[0] ?? 0))) return;
    this.#scores[0] = score;
    this.#ids[0] = id;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#scores.length && this.#isWorse(left, smallest)) smallest = left;
      if (right < this.#scores.length && this.#isWorse(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.#swap(i, smallest);
      i = smallest;
    }
  }

  /** Best first. */
  drain(): Array<{ id: number; score: number }> {
    return this.#ids
      .map((id, index) => ({ id, score: this.#scores[index] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
  }
}

export function scorePassages(postings: Postings, terms: readonly ScoredTerm[], options: ScoreOptions): ScoreOutcome {
  const expansions = expand(postings, terms);
  const size = postings.passageCount;
  const scores = new Float64Array(size);
  const masks = new Uint32Array(size);
  const touched: number[] = [];
  let matchedMask = 0;
  const articleNumber = options.articleId === undefined ? -1 : postings.articleIds.indexOf(options.articleId);
  const fieldEntries = Object.entries(options.fieldBoosts).flatMap(([field, boost]) => {
    const fieldId = postings.fieldIds[field];
    return fieldId === undefined ? [] : [{ fieldId, boost: boost || 1 }];
  });

  const { k, b, d } = options.bm25;
  const total = postings.passageCount;
  const { starts, passages: shortIds, counts, articleOf, fieldLengths, fieldCount } = postings;
  for (const expansion of expansions) {
    const termBoost = terms[expansion.queryIndex]?.boost ?? 1;
    const bit = 1 << expansion.queryIndex;
    for (const { fieldId, boost } of fieldEntries) {
      const first = starts[expansion.termNumber * fieldCount + fieldId] ?? 0;
      const end = starts[expansion.termNumber * fieldCount + fieldId + 1] ?? 0;
      if (first === end) continue;
      // BM25+ as MiniSearch computes it (calcBM25Score), with the per-term parts taken out of the loop.
      const matching = end - first;
      const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const factor = expansion.weight * termBoost * boost * inverseFrequency;
      const lengthWeight = (k * b) / (postings.averageFieldLengths[fieldId] ?? 1);
      const lengthFloor = k * (1 - b);
      const lengthBase = fieldId * size;
      let matchedHere = false;
      for (let position = first; position < end; position += 1) {
        const shortId = shortIds[position] ?? 0;
        if (options.articleId !== undefined && articleOf[shortId] !== articleNumber) continue;
        const frequency = counts[position] ?? 0;
        const weighted =
          factor *
          (d +
            (frequency * (k + 1)) /
              (frequency + lengthFloor + lengthWeight * (fieldLengths[lengthBase + shortId] ?? 0)));
        if (masks[shortId] === 0) touched.push(shortId);
        scores[shortId] = (scores[shortId] ?? 0) + weighted;
        masks[shortId] = (masks[shortId] ?? 0) | bit;
        matchedHere = true;
      }
      if (matchedHere) matchedMask |= bit;
    }
  }

  const best = new BestPassages(Math.max(1, options.limit));
  for (const shortId of touched) best.offer(shortId, (scores[shortId] ?? 0) * bitCount(masks[shortId] ?? 0));

  const passages = best.drain().map(({ id: shortId, score }) => {
    const mask = masks[shortId] ?? 0;
    const indexTerms = new Set<string>();
    for (const expansion of expansions) {
      if ((mask & (1 << expansion.queryIndex)) === 0 || indexTerms.has(expansion.indexTerm)) continue;
      for (const { fieldId } of fieldEntries) {
        if (hasPosting(postings, expansion.termNumber, fieldId, shortId)) {
          indexTerms.add(expansion.indexTerm);
          break;
        }
      }
    }
    return {
      id: postings.passageIds[shortId] ?? String(shortId),
      score,
      terms: [...indexTerms],
      queryTerms: terms
        .slice(0, MAX_TERMS)
        .flatMap((query, queryIndex) => ((mask & (1 << queryIndex)) !== 0 ? [query.term] : [])),
    };
  });
  const matchedTerms = new Set(
    terms
      .slice(0, MAX_TERMS)
      .flatMap((query, queryIndex) => ((matchedMask & (1 << queryIndex)) !== 0 ? [query.term] : [])),
  );
  return { passages, matchedTerms };
}
