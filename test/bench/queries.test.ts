import { describe, expect, it } from 'vitest';
import { median, percentile, summarizeLatencies } from '../../bench/latency.js';
import { createRandom } from '../../bench/prng.js';
import { corpusVocabulary, drawVocabularyQueries, misspell } from '../../bench/queries.js';

const vocabulary = corpusVocabulary([
  'Sheinbaum said Mexico would cooperate with the United States.',
  'The cartels move fentanyl across the border, officials said.',
]);

describe('benchmark queries', () => {
  it('draws the same random queries for the same seed, so every engine is timed on one list', () => {
    const first = drawVocabularyQueries(vocabulary, { count: 50, seed: 9 });
    expect(drawVocabularyQueries(vocabulary, { count: 50, seed: 9 })).toEqual(first);
    expect(drawVocabularyQueries(vocabulary, { count: 50, seed: 10 })).not.toEqual(first);
  });

  it('draws queries of one to four words, every correctly spelled word from the corpus vocabulary', () => {
    const queries = drawVocabularyQueries(vocabulary, { count: 200, seed: 3, typoShare: 0 });
    for (const query of queries) {
      const words = query.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(1);
      expect(words.length).toBeLessThanOrEqual(4);
      expect(words.filter((word) => !vocabulary.includes(word))).toEqual([]);
    }
  });

  it('misspells a share of the queries with one word that is not in the vocabulary', () => {
    const queries = drawVocabularyQueries(vocabulary, { count: 200, seed: 3, typoShare: 0.5 });
    const misspelled = queries.filter((query) => query.split(' ').some((word) => !vocabulary.includes(word)));
    expect(misspelled.length).toBeGreaterThan(50);
    expect(misspelled.length).toBeLessThan(150);
    expect(
      misspelled.every((query) => query.split(' ').filter((word) => !vocabulary.includes(word)).length === 1),
    ).toBe(true);
  });

  it('misspells a word by one edit that keeps its first and last letters', () => {
    const random = createRandom(1);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const typo = misspell('sovereignty', random);
      expect(typo).not.toBe('sovereignty');
      expect(Math.abs(typo.length - 'sovereignty'.length)).toBeLessThanOrEqual(1);
      expect(typo.startsWith('s')).toBe(true);
      expect(typo.endsWith('y')).toBe(true);
    }
  });
});

describe('latency summaries', () => {
  it('reads p50, p99 and max by nearest rank', () => {
    const times = Array.from({ length: 200 }, (_, index) => 200 - index);
    expect(summarizeLatencies(times)).toEqual({ count: 200, p50: 100, p99: 198, max: 200 });
    expect(percentile([5], 0.99)).toBe(5);
  });

  it('takes the median of repeated runs, ignoring runs that produced no figure', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});
