import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_US } from '../../../src/search/analysis/analyzer.js';
import { MAX_QUERY_TERMS, planQuery } from '../../../src/search/ranking/query.js';

const terms = (question: string) => planQuery(question).terms.map((term) => term.term);

describe('planQuery', () => {
  it('keeps the topic of a spoken question and drops its scaffolding', () => {
    expect(terms('What did Sheinbaum say about sovereignty?')).toEqual(['sheinbaum', 'sovereignty']);
    expect(terms('What could happen to intelligence sharing?')).toEqual(['intelligence', 'share']);
    expect(terms('What do lawmakers think?')).toEqual(['lawmaker']);
  });

  it('leaves out framing words ("yesterday", "hey bot") only when the corpus never uses them', () => {
    const corpusWords = new Set(['sheinbaum', 'sovereignty', 'news']);
    const known = (term: string) => corpusWords.has(term);
    const termsAgainstCorpus = (question: string) =>
      planQuery(question, { isKnownTerm: known }).terms.map((term) => term.term);
    expect(termsAgainstCorpus('hey bot what did Sheinbaum say about sovereignty yesterday')).toEqual([
      'sheinbaum',
      'sovereignty',
    ]);
    expect(termsAgainstCorpus('latest news on sovereignty')).toEqual(['news', 'sovereignty']);
    expect(termsAgainstCorpus('what did Trump say about tariffs')).toEqual(['trump', 'tariff']);
    expect(terms('sovereignty yesterday')).toEqual(['sovereignty', 'yesterday']);
  });

  it('treats indefinite pronouns ("everyone", "no one") as stopwords, not topics', () => {
    expect(terms('everyone what did Trump say')).toEqual(['trump']);
    expect(terms('did anybody or no one comment on sovereignty')).toEqual(['sovereignty']);
  });

  it(
    'recognises a question about what someone said, and searches for the person, not the verb (any speech verb ' +
      'answers)',
    () => {
      const plan = planQuery('what did Trump claim');
      expect(plan.asksForSpeech).toBe(true);
      expect(plan.terms.map((term) => term.term)).toEqual(['trump']);
      expect(planQuery('cartel violence').asksForSpeech).toBe(false);
    },
  );

  it('recognises a question about what could happen', () => {
    expect(planQuery('How might Latin American governments react?').asksForPossibility).toBe(true);
    expect(planQuery('How did governments react?').asksForPossibility).toBe(false);
  });

  it('reads lower-case "us" before a noun as the country, and as the pronoun otherwise', () => {
    expect(terms('us forces')).toEqual([COUNTRY_US, 'force']);
    expect(terms('strikes by the us')).toEqual(['strike', COUNTRY_US]);
    expect(terms('tell us about tariffs')).toEqual(['tariff']);
    expect(terms('US forces')).toEqual([COUNTRY_US, 'force']);
  });

  it('marks capitalised words inside the question as names, but not the first word', () => {
    const plan = planQuery('Did Justin Trudeau comment on NAFTA?');
    expect(plan.terms.filter((term) => term.isName).map((term) => term.term)).toEqual(['justin', 'trudeau', 'nafta']);
    expect(planQuery('Sovereignty concerns').terms.some((term) => term.isName)).toBe(false);
  });

  it('counts a compound’s parts toward the topic, not the compound as typed', () => {
    const plan = planQuery('al-Qaeda');
    expect(plan.terms.map((term) => [term.term, term.isTopic])).toEqual([
      ['al-qaeda', false],
      ['al', true],
      ['qaeda', true],
    ]);
  });

  it('offers the last word for completion', () => {
    expect(planQuery('sovereignty viol').prefixTerm).toBe('viol');
    expect(planQuery('us').prefixTerm).toBeNull();
  });

  it('plans at most MAX_QUERY_TERMS distinct terms and never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000, unit: 'grapheme' }), (question) => {
        const plan = planQuery(question);
        expect(plan.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        expect(new Set(plan.terms.map((term) => term.term)).size).toBe(plan.terms.length);
      }),
      { numRuns: 200 },
    );
    const long = Array.from({ length: 200 }, (_, index) => `word${index}x`).join(' ');
    expect(planQuery(long).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});
