// An article as the sources list shows it (`npm run sources`, `/sources`): one implementation for every face.
// The shape is search/types.ts's SourceSummary, written from Article here so the corpus never imports search.
import type { Article } from './types.js';

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'outlet' | 'author' | 'published' | 'url'> & {
  paragraphs: number;
};

/**
 * The article's listing: id, title, the known metadata (absent fields omitted) and its paragraph count (a paragraph
 * split into parts counts once).
 */
export function summarizeArticle(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    ...(article.author === undefined ? {} : { author: article.author }),
    ...(article.published === undefined ? {} : { published: article.published }),
    ...(article.url === undefined ? {} : { url: article.url }),
    paragraphs: article.passages.filter((passage) => (passage.part ?? 1) === 1).length,
  };
}
