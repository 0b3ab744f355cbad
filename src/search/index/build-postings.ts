// Building the postings straight from the passages, as MiniSearch would index them (same tokenizer, same
// processTerm, same field lengths and running averages, same term order) but into flat typed arrays instead of a
// Map per term and field: the engine never needed MiniSearch's Maps, only what they hold, and filling millions of
// Map entries was most of a large corpus's build. test/search/index/build-postings.test.ts checks the result equals
// the postings of a MiniSearch index over the same passages (test/search/index/minisearch-reference.ts) exactly.
import SearchableMap from 'minisearch/SearchableMap';
import type { Article } from '../../corpus/types.js';
import { processTerm } from '../analysis/analyzer.js';
import { attributionsOf, type Attributions } from '../attribution/attributions.js';
import { INDEX_FIELDS, indexedPassages, tokenizeField, type IndexedPassage } from './fields.js';
import { assemblePostings, numberArticles, type Postings } from './postings.js';

/** A growable Uint32Array. */
class Column {
  #values = new Uint32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const grown = new Uint32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length] = value;
    this.length += 1;
  }

  at(position: number): number {
    return this.#values[position] ?? 0;
  }
}

export function buildPostings(
  articles: readonly Article[],
  attributions: Attributions = attributionsOf(articles),
): Postings {
  const documents: IndexedPassage[] = indexedPassages(articles, attributions);
  const passageCount = documents.length;
  const fieldCount = INDEX_FIELDS.length;

  // Terms numbered in the order MiniSearch first meets them, which is also the order it inserts them in its tree.
  const firstSeen = new Map<string, number>();
  const firstSeenTerms: string[] = [];
  // One row per (term, field, passage): appended passage by passage, so each posting is already in passage order.
  const keys = new Column();
  const shortIds = new Column();
  const counts = new Column();
  const fieldLengths = new Uint32Array(fieldCount * passageCount);
  const averageFieldLengths = new Float64Array(fieldCount);
  const passageIds = documents.map((document) => document.id);
  const { articleOf, articleIds } = numberArticles(passageCount, (shortId) => documents[shortId]?.articleId ?? '');
  const countsHere = new Map<number, number>();

  documents.forEach((document, shortId) => {
    INDEX_FIELDS.forEach((field, fieldId) => {
      const tokens = tokenizeField(document[field], field);
      const length = new Set(tokens).size;
      fieldLengths[fieldId * passageCount + shortId] = length;
      // MiniSearch's running average (addFieldLength), step by step, so BM25 sees the same float.
      averageFieldLengths[fieldId] = ((averageFieldLengths[fieldId] ?? 0) * shortId + length) / (shortId + 1);
      countsHere.clear();
      for (const token of tokens) {
        for (const term of processTerm(token) ?? []) {
          let termNumber = firstSeen.get(term);
          if (termNumber === undefined) {
            termNumber = firstSeenTerms.length;
            firstSeen.set(term, termNumber);
            firstSeenTerms.push(term);
          }
          countsHere.set(termNumber, (countsHere.get(termNumber) ?? 0) + 1);
        }
      }
      for (const [termNumber, count] of countsHere) {
        keys.push(termNumber * fieldCount + fieldId);
        shortIds.push(shortId);
        counts.push(count);
      }
    });
  });

  // MiniSearch's term order is its radix tree's: insert the terms as it did, then read them back in tree order.
  const tree = new SearchableMap<number>();
  for (const term of firstSeenTerms) tree.set(term, 0);
  const termList = [...tree.keys()];
  const renumbered = new Uint32Array(firstSeenTerms.length);
  termList.forEach((term, termNumber) => {
    renumbered[firstSeen.get(term) ?? 0] = termNumber;
  });

  // A counting sort of the rows by (term in tree order, field), keeping passage order within each posting.
  const starts = new Uint32Array(termList.length * fieldCount + 1);
  const rowCount = keys.length;
  const sortedKey = (row: number): number => {
    const key = keys.at(row);
    return (renumbered[Math.floor(key / fieldCount)] ?? 0) * fieldCount + (key % fieldCount);
  };
  for (let row = 0; row < rowCount; row += 1) starts[sortedKey(row) + 1] = (starts[sortedKey(row) + 1] ?? 0) + 1;
  for (let key = 1; key < starts.length; key += 1) starts[key] = (starts[key] ?? 0) + (starts[key - 1] ?? 0);
  const next = starts.slice(0, starts.length - 1);
  const passages = new Uint32Array(rowCount);
  const postingCounts = new Uint32Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const key = sortedKey(row);
    const position = next[key] ?? 0;
    passages[position] = shortIds.at(row);
    postingCounts[position] = counts.at(row);
    next[key] = position + 1;
  }

  return assemblePostings({
    passageCount,
    fieldCount,
    averageFieldLengths,
    fieldLengths,
    termList,
    starts,
    passages,
    counts: postingCounts,
    passageIds,
    articleOf,
    articleIds,
  });
}
