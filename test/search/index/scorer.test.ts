// The scorer must rank exactly as MiniSearch's own `search` does with the same options: checked on the made-up story
// in test/fixtures/corpora/story/ (read by the loader: sections, lists, a table, opinion) and on hand-made passages,
// for exact, fuzzy and prefix terms, term boosts, an article filter and a limit shorter than the matches.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Article } from '../../../src/corpus/types.js';
import { BM25, FIELD_BOOSTS } from '../../../src/search/index/fields.js';
import { scorePassages, type ScoredTerm } from '../../../src/search/index/scorer.js';
import { storyArticles } from '../build-articles.js';
import { buildIndex, postingsFromMiniSearch } from './minisearch-reference.js';

const LIMIT = 15;

function compare(articles: Article[], terms: ScoredTerm[], articleId?: string, limit = LIMIT) {
  const index = buildIndex(articles);
  const boosts = new Map(terms.map((term) => [term.term, term.boost]));
  const expected = index
    .search(terms.map((term) => term.term).join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      fuzzy: (term) => terms.find((planned) => planned.term === term)?.fuzzy ?? false,
      prefix: (term) => terms.find((planned) => planned.term === term)?.prefix ?? false,
      boostTerm: (term) => boosts.get(term) ?? 1,
      boost: { ...FIELD_BOOSTS },
      bm25: { ...BM25 },
      ...(articleId === undefined ? {} : { filter: (result) => result.articleId === articleId }),
    })
    .sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)));
  expect(expected.length, 'MiniSearch finds something to compare with').toBeGreaterThan(0);
  const actual = scorePassages(postingsFromMiniSearch(index), terms, {
    fieldBoosts: FIELD_BOOSTS,
    bm25: BM25,
    limit,
    ...(articleId === undefined ? {} : { articleId }),
  });
  const scoresOf = (results: { score: number }[]) =>
    results.slice(0, limit).map((result) => Number(result.score.toFixed(9)));
  expect(scoresOf(actual.passages)).toEqual(scoresOf(expected));
  // Where scores are distinct, the passages and what they matched must be the same too.
  const distinct = expected
    .slice(0, limit)
    .filter((result) => expected.filter((other) => Math.abs(other.score - result.score) < 1e-9).length === 1);
  for (const result of distinct) {
    const mine = actual.passages.find((passage) => passage.id === result.id);
    expect(mine, String(result.id)).toBeDefined();
    expect([...(mine?.queryTerms ?? [])].sort()).toEqual([...result.queryTerms].sort());
    expect([...(mine?.terms ?? [])].sort()).toEqual([...result.terms].sort());
  }
  expect(actual.passages).toHaveLength(Math.min(limit, expected.length));
  expect([...actual.matchedTerms].sort()).toEqual([...new Set(expected.flatMap((result) => result.queryTerms))].sort());
}

const term = (word: string, options: Partial<ScoredTerm> = {}): ScoredTerm => ({
  term: word,
  boost: 1,
  fuzzy: false,
  prefix: false,
  ...options,
});

describe('scorePassages', () => {
  let corpus: Article[];
  beforeAll(async () => {
    corpus = (await loadCorpus('test/fixtures/corpora/story')).articles;
  });

  it('scores exact terms as MiniSearch does', () => {
    compare(corpus, [term('sheinbaum'), term('say', { boost: 0.3 }), term('sovereignty')]);
    compare(corpus, [term('cartel')]);
    compare(corpus, [term('trump'), term('want'), term('mexico'), term('allow'), term('usa'), term('force')]);
  });

  it('scores fuzzy and prefix expansions with MiniSearch’s weights', () => {
    compare(corpus, [term('shienbaum', { fuzzy: 2 }), term('coordinaton', { fuzzy: 1 })]);
    compare(corpus, [term('venezuel', { prefix: true, fuzzy: 2 })]);
    compare(corpus, [term('sovereign', { prefix: true })]);
  });

  it('restricts to one article like a MiniSearch filter', () => {
    compare(corpus, [term('cartel'), term('strike')], 'wire-land-strikes');
    compare(storyArticles, [term('raid')], 'tribune');
  });

  it('keeps the best as MiniSearch ranks them when more passages match than the limit', () => {
    compare(corpus, [term('cartel')], undefined, 3);
    compare(corpus, [term('sheinbaum'), term('mexico'), term('force')], undefined, 2);
  });

  it('returns nothing, and no matched terms, for words the index lacks', () => {
    const index = buildIndex(storyArticles);
    expect(
      scorePassages(postingsFromMiniSearch(index), [term('zebra')], {
        fieldBoosts: FIELD_BOOSTS,
        bm25: BM25,
        limit: 5,
      }),
    ).toEqual({ passages: [], matchedTerms: new Set() });
  });
});
