// compareCoverage: how each article reports a topic, built on the engine and its near-duplicate folding, on hand-made
// articles. On the five shipped articles: compare.real-corpus.test.ts.
import { describe, expect, it } from 'vitest';
import { compareCoverage, MAX_ARTICLES_ONE_BY_ONE } from '../../src/search/compare.js';
import { createEngine } from '../../src/search/engine.js';
import { buildArticle } from './build-articles.js';

const story = [
  buildArticle({
    id: 'wire',
    title: 'Morales rejects foreign strikes',
    outlet: 'Wire',
    paragraphs: [
      '## Response',
      'President Ana Morales said any unilateral military strike by the United States would violate the nation’s ' +
        'sovereignty.',
      'Morales met the ambassador on Monday to discuss extraditions and intelligence sharing.',
      'Fishing boats stayed in port because of the storm.',
    ],
  }),
  buildArticle({
    id: 'herald',
    title: 'A grave violation, Morales says',
    outlet: 'Herald',
    paragraphs: [
      '“Any unilateral action would be a grave violation of our nation’s sovereignty,” Morales said on Tuesday.',
      'Markets were calm.',
    ],
  }),
  buildArticle({
    id: 'blog',
    title: 'Why the strikes are a mistake',
    paragraphs: [
      'I have to insert my own commentary here: Morales said what needed saying about sovereignty and strikes.',
    ],
    opinion: [1],
  }),
  buildArticle({
    id: 'digest',
    title: 'The week in brief',
    outlet: 'Digest',
    paragraphs: [
      'The government said any unilateral military strike by the United States would violate the nation’s sovereignty.',
      'Rain is forecast.',
    ],
  }),
  buildArticle({
    id: 'sports',
    title: 'Cup final tonight',
    outlet: 'Sports Desk',
    paragraphs: ['The cup final kicks off at eight in the capital stadium.'],
  }),
];
const engine = createEngine(story);

describe('compareCoverage', () => {
  const comparison = compareCoverage(engine, 'what did Morales say');

  it('counts the articles that cover the topic in their own words, out of all articles', () => {
    expect([comparison.covered, comparison.sameAccountOnly, comparison.articleCount, comparison.declined]).toEqual([
      3,
      1,
      5,
      false,
    ]);
  });

  it('lists every article once: the most complete account first, then the reworded account, then "not covered"', () => {
    expect(comparison.accounts.map((account) => [account.articleId, account.coverage, account.depth])).toEqual([
      ['wire', 'topic', 2],
      ['herald', 'topic', 1],
      ['blog', 'topic', 1],
      ['digest', 'same-account', 0],
      ['sports', 'none', 0],
    ]);
  });

  it("shows each covering article's best passage from that article, with its paragraph and section", () => {
    const wire = comparison.accounts[0];
    expect([wire?.passage?.articleId, wire?.passage?.paragraph, wire?.passage?.section]).toEqual([
      'wire',
      1,
      'Response',
    ]);
    expect(comparison.accounts[1]?.passage?.text).toContain('grave violation');
  });

  it(
    'finds the article that tells the same account without naming the person, and links it with the accounts it ' +
      'repeats (the quote and the report of it)',
    () => {
      const digest = comparison.accounts.find((account) => account.articleId === 'digest');
      expect(digest?.passage?.paragraph).toBe(1);
      expect(digest?.sameAs.map((other) => [other.articleId, other.paragraph])).toEqual([['wire', 1]]);
      const wire = comparison.accounts.find((account) => account.articleId === 'wire');
      expect(wire?.sameAs.map((other) => other.articleId)).toEqual(['digest', 'herald']);
    },
  );

  it("marks the passage that is the author's own commentary as opinion", () => {
    const blog = comparison.accounts.find((account) => account.articleId === 'blog');
    expect(blog?.passage?.opinion).toBe(true);
    expect(
      comparison.accounts.filter((account) => account.passage?.opinion).map((account) => account.articleId),
    ).toEqual(['blog']);
  });

  it('gives an article without the topic no passage, and says which typed name it never mentions', () => {
    expect(comparison.accounts.at(-1)).toMatchObject({
      articleId: 'sports',
      coverage: 'none',
      passage: null,
      sameAs: [],
      unmentioned: ['Morales'],
    });
    expect(
      compareCoverage(engine, "the cup final and Morales's view").accounts.find(
        (account) => account.articleId === 'sports',
      )?.unmentioned,
    ).toEqual(['Morales']);
  });

  it('declines a topic no article covers, listing every article as not covered', () => {
    const weather = compareCoverage(engine, 'what is the weather in Paris');
    expect([weather.declined, weather.covered, weather.sameAccountOnly]).toEqual([true, 0, 0]);
    expect(weather.accounts.map((account) => account.coverage)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });

  it('declines a person the articles never mention', () => {
    expect(compareCoverage(engine, 'what did Justin Trudeau say').declined).toBe(true);
  });
});

describe('compareCoverage on a corpus larger than it compares one by one', () => {
  const filler = Array.from({ length: MAX_ARTICLES_ONE_BY_ONE + 5 }, (_, index) =>
    buildArticle({
      id: `fill-${String(index).padStart(2, '0')}`,
      title: `Local notes ${index}`,
      paragraphs: [`The council met on day ${index} to discuss parking.`],
    }),
  );
  const large = compareCoverage(createEngine([...story, ...filler]), 'what did Morales say');

  it(
    'still finds every article that covers the topic, from the whole-corpus answer, and lists the rest as not ' +
      'covered',
    () => {
      expect([large.covered, large.articleCount, large.accounts.length]).toEqual([
        3,
        MAX_ARTICLES_ONE_BY_ONE + 10,
        MAX_ARTICLES_ONE_BY_ONE + 10,
      ]);
      expect(
        large.accounts
          .slice(0, 3)
          .map((account) => account.articleId)
          .sort(),
      ).toEqual(['blog', 'herald', 'wire']);
      expect(large.accounts.slice(3).every((account) => account.coverage === 'none' && account.passage === null)).toBe(
        true,
      );
    },
  );
});
