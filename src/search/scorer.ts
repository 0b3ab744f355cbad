// The query's first stage: BM25+ over MiniSearch's own index, computed exactly as MiniSearch's `search` computes it
// (same term expansion, weights, field boosts and "× number of matched query terms"), but into a typed array and
// keeping only the best `limit` passages. MiniSearch's `search` builds a result object for every passage that
// matches any word and sorts them all: on a large corpus where a question word occurs in half of 100,000
// paragraphs, that alone costs hundreds of milliseconds. Here a question costs one pass over the postings.
// test/search/scorer.test.ts checks this against MiniSearch's `search` on real and generated corpora.
import type MiniSearch from 'minisearch';
import type { IndexedPassage } from './index.js';

/** Per field id, the passages (short ids) holding the term and how often. */
type FieldTermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch 7 the scorer reads (protected fields; minisearch is pinned to ^7.2). */
interface MiniSearchInternals {
  _index: {
    get(term: string): FieldTermData | undefined;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _documentCount: number;
  _nextId: number;
}

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

/** A passage as MiniSearch would return it, for the passages kept. */
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
  data: FieldTermData;
}

function expand(internals: MiniSearchInternals, terms: readonly ScoredTerm[]): Expansion[] {
  const expansions: Expansion[] = [];
  terms.slice(0, MAX_TERMS).forEach((query, queryIndex) => {
    const exact = internals._index.get(query.term);
    if (exact) expansions.push({ queryIndex, indexTerm: query.term, weight: 1, data: exact });
    const fuzzyMatches = query.fuzzy ? internals._index.fuzzyGet(query.term, query.fuzzy) : undefined;
    if (query.prefix) {
      for (const [term, data] of internals._index.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        expansions.push({ queryIndex, indexTerm: term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), data });
      }
    }
    if (fuzzyMatches) {
      for (const [term, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        expansions.push({ queryIndex, indexTerm: term, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance), data });
      }
    }
  });
  return expansions;
}

// Field lengths per field, as flat arrays indexed by short id, built once per index: reading them from MiniSearch's
// Map for every posting was most of a question's cost.
const fieldLengthsByIndex = new WeakMap<object, Float64Array[]>();

function fieldLengthsOf(internals: MiniSearchInternals): Float64Array[] {
  const known = fieldLengthsByIndex.get(internals);
  if (known) return known;
  const fieldCount = Object.keys(internals._fieldIds).length;
  const lengths = Array.from({ length: fieldCount }, () => new Float64Array(internals._nextId));
  for (const [shortId, perField] of internals._fieldLength) {
    perField.forEach((length, fieldId) => {
      const column = lengths[fieldId];
      if (column) column[shortId] = length;
    });
  }
  fieldLengthsByIndex.set(internals, lengths);
  return lengths;
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
      for (let i = this.#scores.length - 1; i > 0; ) {
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
    for (let i = 0; ; ) {
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

export function scorePassages(index: MiniSearch<IndexedPassage>, terms: readonly ScoredTerm[], options: ScoreOptions): ScoreOutcome {
  const internals = index as unknown as MiniSearchInternals;
  const expansions = expand(internals, terms);
  const size = internals._nextId;
  const scores = new Float64Array(size);
  const masks = new Uint32Array(size);
  const touched: number[] = [];
  const matchedMask = { value: 0 };
  const isInArticle = (shortId: number): boolean =>
    options.articleId === undefined || internals._storedFields.get(shortId)?.articleId === options.articleId;
  const fieldEntries = Object.entries(options.fieldBoosts).flatMap(([field, boost]) => {
    const fieldId = internals._fieldIds[field];
    return fieldId === undefined ? [] : [{ fieldId, boost: boost || 1 }];
  });

  const fieldLengths = fieldLengthsOf(internals);
  const { k, b, d } = options.bm25;
  const total = internals._documentCount;
  for (const expansion of expansions) {
    const termBoost = terms[expansion.queryIndex]?.boost ?? 1;
    const bit = 1 << expansion.queryIndex;
    for (const { fieldId, boost } of fieldEntries) {
      const postings = expansion.data.get(fieldId);
      const lengths = fieldLengths[fieldId];
      if (!postings || !lengths) continue;
      // BM25+ as MiniSearch computes it (calcBM25Score), with the per-term parts taken out of the loop.
      const matching = postings.size;
      const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const factor = expansion.weight * termBoost * boost * inverseFrequency;
      const lengthWeight = (k * b) / (internals._avgFieldLength[fieldId] ?? 1);
      const lengthFloor = k * (1 - b);
      let matchedHere = false;
      postings.forEach((frequency, shortId) => {
        if (options.articleId !== undefined && !isInArticle(shortId)) return;
        const weighted = factor * (d + (frequency * (k + 1)) / (frequency + lengthFloor + lengthWeight * (lengths[shortId] ?? 0)));
        if (masks[shortId] === 0) touched.push(shortId);
        scores[shortId] = (scores[shortId] ?? 0) + weighted;
        masks[shortId] = (masks[shortId] ?? 0) | bit;
        matchedHere = true;
      });
      if (matchedHere) matchedMask.value |= bit;
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
        if (expansion.data.get(fieldId)?.has(shortId)) {
          indexTerms.add(expansion.indexTerm);
          break;
        }
      }
    }
    return {
      id: String(internals._documentIds.get(shortId)),
      score,
      terms: [...indexTerms],
      queryTerms: terms.slice(0, MAX_TERMS).flatMap((query, queryIndex) => ((mask & (1 << queryIndex)) !== 0 ? [query.term] : [])),
    };
  });
  const matchedTerms = new Set(terms.slice(0, MAX_TERMS).flatMap((query, queryIndex) => ((matchedMask.value & (1 << queryIndex)) !== 0 ? [query.term] : [])));
  return { passages, matchedTerms };
}
