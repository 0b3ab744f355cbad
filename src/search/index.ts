// The MiniSearch index over passages: its options in one place, used both to build it and to load a persisted
// copy (MiniSearch does not save options, and a loaded index with other options silently disagrees with the analyzer).
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Article } from '../corpus/types.js';
import { processTerm, tokenize } from './analyzer.js';

/** What MiniSearch indexes of a passage. */
export interface IndexedPassage {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
  section: string;
  title: string;
}

/** Bump when the options below change what a stored index means. */
export const INDEX_VERSION = 'index-2';

export const INDEX_FIELDS = ['text', 'section', 'title'] as const;

/**
 * Field boosts. The passage's own words decide; its section heading says what the passage is about in a few words,
 * so a heading match is strong evidence but spread over every passage under it; the headline is spread over the
 * whole article, so it only breaks ties between articles.
 */
export const FIELD_BOOSTS: Record<(typeof INDEX_FIELDS)[number], number> = { text: 1, section: 0.6, title: 0.25 };

/**
 * BM25+ for short passages (one news paragraph, ~40–120 words): k1 0.9 saturates repeated words early, because a
 * paragraph that names a thing twice is not twice as relevant; b 0.4 keeps length normalisation mild, because
 * paragraph lengths vary little and a longer paragraph usually says more, not less (Anserini's defaults, which
 * also scored best on the question set). d 0.5 is BM25+'s usual floor for a matched term.
 */
export const BM25 = { k: 0.9, b: 0.4, d: 0.5 } as const;

export const miniSearchOptions: Options<IndexedPassage> = {
  idField: 'id',
  fields: [...INDEX_FIELDS],
  // A citation needs the article and the ¶; the headline and outlet are kept once per article, not per passage.
  storeFields: ['articleId', 'paragraph'],
  tokenize: (text) => tokenize(text),
  processTerm: (raw) => processTerm(raw),
  searchOptions: { boost: { ...FIELD_BOOSTS }, bm25: { ...BM25 } },
};

export function indexedPassages(articles: readonly Article[]): IndexedPassage[] {
  return articles.flatMap((article) =>
    article.passages.map((passage) => ({
      id: passage.id,
      articleId: article.id,
      paragraph: passage.paragraph,
      text: passage.text,
      section: passage.section ?? '',
      title: article.title,
    })),
  );
}

export function buildIndex(articles: readonly Article[]): MiniSearch<IndexedPassage> {
  const index = new MiniSearch<IndexedPassage>(miniSearchOptions);
  index.addAll(indexedPassages(articles));
  return index;
}

export function loadIndex(stored: AsPlainObject): MiniSearch<IndexedPassage> {
  return MiniSearch.loadJS<IndexedPassage>(stored, miniSearchOptions);
}
