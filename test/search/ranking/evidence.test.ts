import { describe, expect, it } from 'vitest';
import { isPlausibleVariant, proximity, topicEvidence } from '../../../src/search/ranking/evidence.js';
import { editDistanceWithin } from '../../../src/text/edit-distance.js';
import { analyzePassage } from '../../../src/search/analysis/passage-terms.js';
import { planQuery } from '../../../src/search/ranking/query.js';

describe('isPlausibleVariant', () => {
  it('accepts a typo that keeps the first letter, and a completion', () => {
    expect(isPlausibleVariant('shienbaum', 'sheinbaum', 2)).toBe(true);
    expect(isPlausibleVariant('coordinaton', 'coordination', 1)).toBe(true);
    expect(isPlausibleVariant('venezuel', 'venezuelan', 0)).toBe(true);
  });

  it('refuses a near word with another first letter ("election" is not "rejection")', () => {
    expect(editDistanceWithin('election', 'rejection', 2)).toBe(2);
    expect(isPlausibleVariant('election', 'rejection', 2)).toBe(false);
    expect(isPlausibleVariant('score', 'core', 1)).toBe(false);
  });
});

describe('topicEvidence and proximity', () => {
  const evidenceFor = (question: string, text: string) => {
    const topics = planQuery(question).terms.filter((term) => term.isTopic);
    const analysis = analyzePassage(text);
    return topicEvidence(topics, new Set(topics.map((term) => term.term)), [...analysis.termSet], analysis, () => 0);
  };

  it('finds the topic words in the text with their positions', () => {
    const evidence = evidenceFor(
      'captured Venezuelan president',
      'US forces captured Venezuelan President Nicolás Maduro.',
    );
    expect([...evidence.inText.entries()]).toEqual([
      ['capture', [2]],
      ['venezuelan', [3]],
      ['president', [4]],
    ]);
    expect(proximity(evidence)).toBe(1);
  });

  it('scores scattered topic words as less close than adjacent ones', () => {
    const scattered = evidenceFor(
      'captured president',
      'The president, who had spent years denying every charge against him in courts abroad, was captured.',
    );
    expect(proximity(scattered)).toBeGreaterThan(0);
    expect(proximity(scattered)).toBeLessThan(0.2);
  });

  it('gives no closeness to a single matched word', () => {
    expect(proximity(evidenceFor('sovereignty', 'Sovereignty matters.'))).toBe(0);
  });
});
