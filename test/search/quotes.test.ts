import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/search/engine.js';
import { buildArticle } from './build-articles.js';

// Two articles that report the same statement by Sheinbaum (one through "she"), and one other speaker.
const articles = [
  buildArticle({
    id: 'wire',
    title: 'Mexico rejects strikes',
    outlet: 'Wire',
    paragraphs: [
      'Mexican President Claudia Sheinbaum said Mexico would never accept a foreign military intervention on its ' +
        'territory.',
      'The decision came a day after the meeting in Washington.',
      'Nonetheless, she reiterated that “any unilateral military action would be a grave violation of our ' +
        'sovereignty.”',
      'President Donald Trump said the strikes would begin soon.',
    ],
  }),
  buildArticle({
    id: 'daily',
    title: 'Sheinbaum answers Trump',
    outlet: 'Daily',
    paragraphs: [
      'The weather was fine in the capital.',
      'Claudia Sheinbaum said Mexico would never accept a foreign military intervention on its territory, she told ' +
        'reporters.',
      'Officials in both capitals declined to comment on the timing.',
    ],
  }),
];
const engine = createEngine(articles);

describe('quotes', () => {
  it('lists every statement the articles attribute to a person, in article order, cited by ¶', () => {
    const quotes = engine.quotes('Sheinbaum');
    expect(quotes.people).toEqual(['Claudia Sheinbaum']);
    expect(quotes.statements.map((statement) => [statement.articleId, statement.paragraph])).toEqual([
      ['wire', 1],
      ['wire', 3],
    ]);
  });

  it('folds the same statement reported by two articles into one, reported by 2 of 2', () => {
    const first = engine.quotes('Claudia Sheinbaum').statements[0];
    expect(first?.reportedBy).toBe(2);
    expect(first?.alsoIn).toEqual([
      { articleId: 'daily', title: 'Sheinbaum answers Trump', outlet: 'Daily', paragraph: 2 },
    ]);
  });

  it('names the person a credited pronoun stands for, and tells a direct quote from reported speech', () => {
    const credited = engine.quotes('sheinbaum').statements[1];
    expect(credited?.kind).toBe('quote');
    expect(credited?.spans.filter((span) => span.speaker)).toEqual([
      { text: 'she', marked: false, speaker: 'Claudia Sheinbaum' },
    ]);
    expect(engine.quotes('sheinbaum').statements[0]?.kind).toBe('reported');
  });

  it('quotes only the sentence where the person speaks, not the rest of the passage', () => {
    expect(engine.quotes('Trump').statements.map((statement) => statement.text)).toEqual([
      'President Donald Trump said the strikes would begin soon.',
    ]);
  });

  it('has no statements for a person the coverage never quotes', () => {
    expect(engine.quotes('Justin Trudeau')).toMatchObject({ people: [], statements: [] });
    expect(engine.quotes('')).toMatchObject({ people: [], statements: [] });
  });

  it('lists the people the coverage quotes, most quoted first, under their fullest name', () => {
    expect(engine.quotedPeople().map((person) => [person.name, person.statements])).toEqual([
      ['Claudia Sheinbaum', 3],
      ['Donald Trump', 1],
    ]);
  });
});

describe('ask', () => {
  it('names the speaker of a credited pronoun in the result snippet', () => {
    const result = engine
      .ask('what did Sheinbaum say about a grave violation')
      .results.find((candidate) => candidate.paragraph === 3);
    expect(result?.snippetSpans.find((span) => span.speaker)).toMatchObject({
      text: 'she',
      speaker: 'Claudia Sheinbaum',
    });
  });
});
