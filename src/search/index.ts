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
 * but it is shared by every passage under it, so it weighs less than the text (0.3: higher values let a heading
 * word lift a whole section above the one paragraph that answers); the headline is shared by the whole article,
 * so it only breaks ties between articles.
 */
export const FIELD_BOOSTS: Record<(typeof INDEX_FIELDS)[number], number> = { text: 1, section: 0.3, title: 0.25 };

/**
 * BM25+ for short passages (one news paragraph, ~30–120 words). k1 1.2: a paragraph rarely repeats a word, so
 * saturation matters little (0.9 and 1.2 tie on the question set). b 0.75, full length normalisation: short
 * paragraphs vary threefold in length, and without it a long background paragraph that mentions every word of
 * the question once outranks the two-sentence paragraph that answers it (b 0.3–0.5 lost 1–2 questions at rank 1).
 * d 0.5 is BM25+'s usual floor for a matched term.
 */
export const BM25 = { k: 1.2, b: 0.75, d: 0.5 } as const;

export const miniSearchOptions: Options<IndexedPassage> = {
  idField: 'id',
  fields: [...INDEX_FIELDS],
  // A citation needs the article and the ¶; the headline and outlet are kept once per article, not per passage.
  storeFields: ['articleId', 'paragraph'],
  tokenize: (text) => tokenize(text),
  // MiniSearch only reads the terms; the memoised array is frozen, never changed.
  processTerm: (raw) => processTerm(raw) as string[] | null,
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
