// Derived relatives of a question word the corpus never uses: die ↔ death, invade ↔ invasion, congress ↔ congressional.
import { describe, expect, it } from 'vitest';
import { derivedForms } from '../../src/search/derivation.js';
import { planQuery } from '../../src/search/query.js';

describe('derivedForms', () => {
  it('relates a verb to its noun and an adjective to its noun, both ways', () => {
    expect(derivedForms('die')).toContain('death');
    expect(derivedForms('death')).toContain('die');
    expect(derivedForms('invade')).toContain('invasion');
    expect(derivedForms('invasion')).toContain('invade');
    expect(derivedForms('congressional')).toContain('congress');
    expect(derivedForms('congress')).toContain('congressional');
    expect(derivedForms('coordinate')).toContain('coordination');
    expect(derivedForms('deploy')).toContain('deployment');
  });

  it('leaves numbers, compounds and words of three letters without an irregular relative alone', () => {
    expect(derivedForms('2024')).toEqual([]);
    expect(derivedForms('al-qaeda')).toEqual([]);
    expect(derivedForms('act')).toEqual([]);
  });
});

describe('planQuery with derived relatives', () => {
  const corpusWords = new Set(['death', 'fentanyl', 'overdose', 'invasion', 'mexico', 'congress']);
  const known = (term: string) => corpusWords.has(term);
  const terms = (question: string) => planQuery(question, known).terms.map((term) => term.term);

  it('searches a word the corpus never uses as the relative it does use ("died" → death)', () => {
    expect(terms('how many people died from fentanyl overdoses')).toEqual(['people', 'death', 'fentanyl', 'overdose']);
    expect(terms('will they invade Mexico')).toEqual(['invasion', 'mexico']);
  });

  it('remembers the word typed, so the decline rule can count the relative as a likely, not certain, match', () => {
    expect(planQuery('died', known).terms).toEqual([{ term: 'death', boost: 1, isTopic: true, isName: false, derivedFrom: 'die' }]);
    expect(planQuery('deaths', known).terms).toEqual([{ term: 'death', boost: 1, isTopic: true, isName: false }]);
  });

  it('keeps a word the corpus uses, and a name the corpus lacks, as typed', () => {
    expect(terms('congress')).toEqual(['congress']);
    expect(terms('what did Congressional Quarterly report')).toEqual(['congressional', 'quarterly', 'report']);
    expect(planQuery('how many people died').terms.map((term) => term.term)).toEqual(['people', 'die']);
  });
});
