// The reference the postings are checked against: a real MiniSearch index over the same passages, with the same
// fields, tokenizer, processTerm and BM25 settings as ours, read into postings from MiniSearch 7's internals. The
// engine no longer uses MiniSearch to index or score; tests use this to show that our postings and our scorer give
// exactly what MiniSearch would.
import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../../../src/corpus/types.js';
import { processTerm } from '../../../src/search/analysis/analyzer.js';
import { attributionsOf, type Attributions } from '../../../src/search/attribution/attributions.js';
import {
  BM25,
  FIELD_BOOSTS,
  INDEX_FIELDS,
  indexedPassages,
  tokenizeField,
  type IndexField,
  type IndexedPassage,
} from '../../../src/search/index/fields.js';
import { assemblePostings, fieldIdsOf, numberArticles, type Postings } from '../../../src/search/index/postings.js';

export const miniSearchOptions: Options<IndexedPassage> = {
  idField: 'id',
  fields: [...INDEX_FIELDS],
  storeFields: ['articleId', 'paragraph'],
  tokenize: (text, field) => tokenizeField(text, (field ?? 'text') as IndexField),
  // MiniSearch only reads the terms; the memoised array is frozen, never changed.
  processTerm: (raw) => processTerm(raw) as string[] | null,
  searchOptions: { boost: { ...FIELD_BOOSTS }, bm25: { ...BM25 } },
};

/** A MiniSearch index over the articles' passages, indexed as ours indexes them. */
export function buildIndex(
  articles: readonly Article[],
  attributions: Attributions = attributionsOf(articles),
): MiniSearch<IndexedPassage> {
  const index = new MiniSearch<IndexedPassage>(miniSearchOptions);
  index.addAll(indexedPassages(articles, attributions));
  return index;
}

/** Per field id, the passages (short ids) holding the term and how often: MiniSearch 7's protected layout. */
type FieldTermData = Map<number, Map<number, number>>;

interface MiniSearchInternals {
  _index: Iterable<[string, FieldTermData]>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _documentCount: number;
  _nextId: number;
}

/**
 * Reads a freshly built MiniSearch index (no removals) into postings. Throws when the index is not laid out as
 * MiniSearch 7 lays it out (the scorer tests fail first if that ever changes).
 */
export function postingsFromMiniSearch(index: MiniSearch<IndexedPassage>): Postings {
  const internals = index as unknown as MiniSearchInternals;
  const passageCount = internals._documentCount;
  if (internals._nextId !== passageCount)
    throw new Error(
      `postings: the index has gaps in its short ids (${internals._nextId} ids, ${passageCount} passages)`,
    );
  const fieldIds = fieldIdsOf();
  for (const [field, fieldId] of Object.entries(fieldIds)) {
    if (internals._fieldIds[field] !== fieldId)
      throw new Error(
        `postings: MiniSearch numbers field "${field}" ${String(internals._fieldIds[field])}, expected ${fieldId}`,
      );
  }
  const fieldCount = INDEX_FIELDS.length;

  const passageIds = Array.from({ length: passageCount }, (_, shortId) => String(internals._documentIds.get(shortId)));
  const { articleOf, articleIds } = numberArticles(passageCount, (shortId) =>
    String(internals._storedFields.get(shortId)?.articleId),
  );

  const fieldLengths = new Uint32Array(fieldCount * passageCount);
  for (const [shortId, perField] of internals._fieldLength) {
    perField.forEach((length, fieldId) => {
      fieldLengths[fieldId * passageCount + shortId] = length;
    });
  }
  const averageFieldLengths = Float64Array.from(
    { length: fieldCount },
    (_, fieldId) => internals._avgFieldLength[fieldId] ?? 0,
  );

  const termList: string[] = [];
  let total = 0;
  for (const [term, fieldData] of internals._index) {
    termList.push(term);
    for (const byPassage of fieldData.values()) total += byPassage.size;
  }
  const starts = new Uint32Array(termList.length * fieldCount + 1);
  const passages = new Uint32Array(total);
  const counts = new Uint32Array(total);
  let next = 0;
  let termNumber = 0;
  for (const [, fieldData] of internals._index) {
    for (let fieldId = 0; fieldId < fieldCount; fieldId += 1) {
      starts[termNumber * fieldCount + fieldId] = next;
      const byPassage = fieldData.get(fieldId);
      if (!byPassage) continue;
      const first = next;
      for (const [shortId, count] of byPassage) {
        passages[next] = shortId;
        counts[next] = count;
        next += 1;
      }
      sortPosting(passages, counts, first, next);
    }
    termNumber += 1;
  }
  starts[termList.length * fieldCount] = next;
  return assemblePostings({
    passageCount,
    fieldCount,
    averageFieldLengths,
    fieldLengths,
    termList,
    starts,
    passages,
    counts,
    passageIds,
    articleOf,
    articleIds,
  });
}

/** MiniSearch adds passages in order, so a posting is already ascending; sorts the rare one that is not. */
function sortPosting(passages: Uint32Array, counts: Uint32Array, from: number, to: number): void {
  let isSorted = true;
  for (let position = from + 1; position < to && isSorted; position += 1)
    isSorted = (passages[position - 1] ?? 0) < (passages[position] ?? 0);
  if (isSorted) return;
  const pairs = Array.from(
    { length: to - from },
    (_, offset) => [passages[from + offset] ?? 0, counts[from + offset] ?? 0] as const,
  ).sort((a, b) => a[0] - b[0]);
  pairs.forEach(([shortId, count], offset) => {
    passages[from + offset] = shortId;
    counts[from + offset] = count;
  });
}
