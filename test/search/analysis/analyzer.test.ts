import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, COUNTRY_US, processTerm, scanTokens, tokenize } from '../../../src/search/analysis/analyzer.js';

describe('analyzer', () => {
  it('keeps hyphenated words, percentages and amounts searchable as wholes and as parts', () => {
    expect(analyze('a 45-year sentence')).toEqual(['45-year', '45', 'year', 'sentence']);
    expect(analyze('al-Qaeda')).toEqual(['al-qaeda', 'al', 'qaeda']);
    expect(analyze('97% of $800 billion')).toEqual(['97', 'percent', '800', 'billion']);
    expect(analyze('1,000 troops and 3.5 percent')).toEqual(['1000', 'troop', '3.5', 'percent']);
  });

  it('gives a word the same terms every time it is met, and no caller can change what the next one gets', () => {
    const first = processTerm('Strikes');
    expect(first).toEqual(['strike']);
    expect(() => (first as string[]).push('changed')).toThrow(TypeError);
    expect(processTerm('Strikes')).toEqual(['strike']);
    expect(processTerm('strikes')).toEqual(['strike']);
  });

  it('folds plain ASCII words and accented words alike: Nicolás and NICOLAS are one term', () => {
    expect(processTerm('Nicolás')).toEqual(['nicolas']);
    expect(processTerm('NICOLAS')).toEqual(['nicolas']);
    expect(processTerm('Sheinbaum’s')).toEqual(['sheinbaum']);
  });

  it('gives U.S., US, USA and United States one term, and drops the pronoun us', () => {
    for (const spelling of ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'united states', 'u.s.']) {
      expect(analyze(spelling)).toEqual([COUNTRY_US]);
    }
    expect(analyze('they told us')).toEqual(['tell']);
    expect(analyze('The United States’ forces')).toEqual([COUNTRY_US, 'force']);
    expect(analyze('US-Mexico trade')).toEqual(['us-mexico', COUNTRY_US, 'mexico', 'trade']);
  });

  it('folds diacritics and case, and strips possessives', () => {
    expect(analyze('Nicolás MADURO')).toEqual(analyze('nicolas maduro'));
    expect(analyze('Sheinbaum’s remarks')).toEqual(['sheinbaum', 'remark']);
    expect(analyze("Sheinbaum's")).toEqual(['sheinbaum']);
  });

  it('meets inflected forms on one lemma: said/say/says, strike/strikes, deaths/death', () => {
    expect(analyze('said')).toEqual(analyze('say'));
    expect(analyze('says')).toEqual(analyze('say'));
    expect(analyze('strikes')).toEqual(analyze('strike'));
    expect(analyze('deaths')).toEqual(analyze('death'));
    expect(analyze('cartels')).toEqual(analyze('cartel'));
  });

  it('drops question words and function words', () => {
    expect(analyze('What did they do about it, and why?')).toEqual([]);
  });

  it('ignores zero-width characters and soft hyphens inside words', () => {
    expect(analyze('Shein\u200Bbaum sover\u00ADeignty')).toEqual(['sheinbaum', 'sovereignty']);
  });

  it('reports each token with the offsets of its text', () => {
    const text = 'Sheinbaum said: “no.”';
    for (const token of scanTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it('never throws and yields only non-empty, space-free, lower-case terms for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (text) => {
        for (const term of analyze(text)) {
          expect(term.length).toBeGreaterThan(0);
          expect(term).not.toMatch(/\s/);
          expect(term).toBe(term.toLowerCase());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('analyzes a word the same alone as inside a sentence (index and query agree)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][a-zà-ÿ]{2,12}$/);
    fc.assert(
      fc.property(word, word, (first, second) => {
        const together = analyze(`${first} ${second}`);
        expect(together).toEqual([...analyze(first), ...analyze(second)]);
      }),
      { numRuns: 200 },
    );
  });

  it('is stable: analyzing a term again gives the term back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,14}$/), (word) => {
        for (const term of analyze(word)) expect(processTerm(term) ?? []).toContain(term);
      }),
      { numRuns: 300 },
    );
  });

  it('tokenize returns raw tokens with their case, for processTerm to read', () => {
    expect(tokenize('US forces, us and U.S. troops')).toEqual(['US', 'forces', 'us', 'and', 'U.S.', 'troops']);
  });
});
