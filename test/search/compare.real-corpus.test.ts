// compareCoverage on the five shipped articles in corpus/: how each reported Sheinbaum's response. Bound to those
// articles and to the engine's ranking of them; the mechanics are tested on hand-made articles in compare.test.ts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { compareCoverage } from '../../src/search/compare.js';
import { createEngine } from '../../src/search/engine.js';

describe('compareCoverage on the five articles', async () => {
  const corpus = await loadCorpus(resolve('corpus'));
  const real = compareCoverage(createEngine(corpus.articles), 'what did Sheinbaum say');

  it(
    'shows how each of the five articles reported Sheinbaum’s response: four quote or report her, one never names ' +
      'her',
    () => {
      expect([real.covered, real.articleCount]).toEqual([4, 5]);
      expect(real.accounts).toHaveLength(5);
      // Resist Hate's account is her own words as "she reiterated that “…”", credited to her by speaker attribution.
      for (const account of real.accounts.slice(0, 4))
        expect(account.passage?.snippet).toMatch(/\*\*(Sheinbaum|she)\*\*/);
      expect(real.accounts[4]).toMatchObject({
        articleId: 'trump-says-us-will-hit-drug-cartels-on-land',
        coverage: 'none',
        passage: null,
        unmentioned: ['Sheinbaum'],
      });
    },
  );

  it('puts first the article that gives her response the most paragraphs', () => {
    expect(real.accounts[0]?.articleId).toBe('trump-declares-us-land-strikes-cartels');
    const depths = real.accounts.map((account) => account.depth);
    expect(depths).toEqual([...depths].sort((a, b) => b - a));
  });

  it(
    "links Resist Hate's account to the articles that report the same sovereignty warning, by /ask's own folding " +
      'rule',
    () => {
      const resistHate = real.accounts.find(
        (account) => account.articleId === 'resist-hate-trump-signals-military-action',
      );
      expect(resistHate?.sameAs.map((other) => [other.articleId, other.paragraph])).toEqual([
        ['trump-declares-us-land-strikes-cartels', 5],
      ]);
    },
  );
});
