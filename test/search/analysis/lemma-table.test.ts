// The lemma table `npm run build` writes (dist/lemmas.txt) stands in for wink-lemmatizer on a one-question start: it
// must give the very lemmas wink gives, or a question would meet the articles differently with a build than without.
import { describe, expect, it } from 'vitest';
import { irregularForms, lemmaTableWords, winkLemma } from '../../../src/search/analysis/analyzer.js';
import { lemmaIn, lemmaTableText } from '../../../src/search/analysis/lemma-table.js';

/** Every 25th word the build's table holds: thousands of words, a fast test. */
const sample = lemmaTableWords().filter((_, index) => index % 25 === 0);

describe('lemma table', () => {
  it('GIVEN a table of words THEN each is found with the lemma wink gives it, and a word it lacks is not', () => {
    const text = lemmaTableText(sample, winkLemma);
    for (const word of sample) expect(lemmaIn(text, word), word).toBe(winkLemma(word));
    expect(lemmaIn(text, 'zzzqx')).toBeUndefined();
    expect(lemmaIn(lemmaTableText([], winkLemma), 'strikes')).toBeUndefined();
  });

  it('GIVEN a word with none of the endings wink takes off, outside its exception lists THEN it is its own lemma', () => {
    const irregular = new Set(irregularForms());
    const plain = sample.filter((word) => !irregular.has(word) && !/(?:s|ed|ing|men|er|est)$/.test(word));
    expect(plain.length).toBeGreaterThan(500);
    expect(plain.filter((word) => winkLemma(word) !== word)).toEqual([]);
  });
});
