// Postings built straight from the passages must be exactly those read out of MiniSearch's index of the same
// passages: same terms in the same order, same postings, field lengths and averages, so every score is unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Article } from '../../../src/corpus/types.js';
import { buildPostings } from '../../../src/search/index/build-postings.js';
import type { Postings } from '../../../src/search/index/postings.js';
import { buildArticle, storyArticles } from '../build-articles.js';
import { buildIndex, postingsFromMiniSearch } from './minisearch-reference.js';

function expectSamePostings(actual: Postings, expected: Postings): void {
  expect(actual.termList).toEqual(expected.termList);
  expect([...actual.terms.entries()]).toEqual([...expected.terms.entries()]);
  expect(actual.starts).toEqual(expected.starts);
  expect(actual.passages).toEqual(expected.passages);
  expect(actual.counts).toEqual(expected.counts);
  expect(actual.passageFrequencies).toEqual(expected.passageFrequencies);
  expect(actual.fieldLengths).toEqual(expected.fieldLengths);
  expect([...actual.averageFieldLengths]).toEqual([...expected.averageFieldLengths]);
  expect(actual.passageIds).toEqual(expected.passageIds);
  expect(actual.articleOf).toEqual(expected.articleOf);
  expect(actual.articleIds).toEqual(expected.articleIds);
  expect(actual.fieldIds).toEqual(expected.fieldIds);
  expect(actual.passageCount).toBe(expected.passageCount);
}

describe('buildPostings', () => {
  let corpus: Article[];
  beforeAll(async () => {
    corpus = (await loadCorpus('test/fixtures/corpora/story')).articles;
  });

  it('indexes loaded articles (sections, lists short and long, a table, opinion, curly quotes) exactly as MiniSearch does', () => {
    expect(corpus.flatMap((article) => article.passages.map((passage) => passage.kind))).toEqual(
      expect.arrayContaining(['paragraph', 'list', 'list-item', 'table']),
    );
    expectSamePostings(buildPostings(corpus), postingsFromMiniSearch(buildIndex(corpus)));
  });

  it('indexes hand-made stories, repeated words, empty articles and headings exactly as MiniSearch does', () => {
    const articles = [
      ...storyArticles,
      buildArticle({
        id: 'repeat',
        title: 'Strikes, strikes and more strikes',
        paragraphs: ['Strikes strikes STRIKES on U.S. soil', '## Strikes', 'al-Qaeda and 97% of 1,000 strikes'],
      }),
      buildArticle({ id: 'empty', title: 'Nothing yet', paragraphs: [] }),
    ];
    expectSamePostings(buildPostings(articles), postingsFromMiniSearch(buildIndex(articles)));
  });
});
