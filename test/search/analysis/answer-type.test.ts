// The kind of answer a question asks for, and whether a passage holds one: the rules behind "How big is US-Mexico
// trade?" finding "$800 billion" and "who's sheinbaum" finding "Mexico's President Claudia Sheinbaum".
import { describe, expect, it } from 'vitest';
import { answerTypeOf, holdsAnswerType } from '../../../src/search/analysis/answer-type.js';
import { createEngine } from '../../../src/search/engine.js';
import { buildArticle } from '../build-articles.js';

const words = (question: string) => question.toLowerCase().split(/\s+/);

describe('answer type', () => {
  it('GIVEN "how big", "when", "where", "why", "who" THEN the kind of answer each asks for', () => {
    expect(answerTypeOf(words('how big is the trade'))).toBe('quantity');
    expect(answerTypeOf(words('when did she respond'))).toBe('time');
    expect(answerTypeOf(words('where were the strikes'))).toBe('place');
    expect(answerTypeOf(words('why is mexico upset'))).toBe('cause');
    expect(answerTypeOf(words('who warned about a backlash'))).toBe('person');
  });

  it('GIVEN "who is X" or "whos X lol" THEN it asks who X is, and a passage giving X a title holds the answer', () => {
    expect(answerTypeOf(words("who's sheinbaum lol"))).toBe('identity');
    expect(answerTypeOf(words('whos marco rubio'))).toBe('identity');
    expect(answerTypeOf(words('who is the man who warned the council about a backlash'))).toBe('person');
    expect(holdsAnswerType('Mexican President Claudia Sheinbaum said no.', 'identity', ['sheinbaum'])).toBe(true);
    expect(holdsAnswerType('Rubio, the secretary of state, replied.', 'identity', ['rubio'])).toBe(true);
    expect(holdsAnswerType('Sheinbaum said no to the plan.', 'identity', ['sheinbaum'])).toBe(false);
  });

  it('GIVEN "who is X" THEN the passage that says what X is comes before ones where X only speaks', () => {
    const engine = createEngine([
      buildArticle({
        id: 'wire',
        title: 'Port talks stall',
        paragraphs: [
          'Okafor said the talks would resume on Monday after a long night of negotiation.',
          'Okafor told reporters the port would stay shut while the negotiation went on.',
          'Transport Minister Ada Okafor has led the government side since the strike began.',
        ],
      }),
    ]);
    expect(engine.ask('whos okafor lol').results[0]?.text).toContain('Transport Minister Ada Okafor');
  });
});
