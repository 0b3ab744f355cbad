import { describe, expect, it } from 'vitest';
import {
  answers,
  firstAnsweringRank,
  normalizeForMatch,
  parseQuestionSet,
  scoreByKind,
  scoreRuns,
  type EvalQuestion,
} from '../../bench/eval-metrics.js';

const question = (q: string, any: string[], kind: EvalQuestion['kind'] = 'fact'): EvalQuestion => ({ q, kind, any });

describe('normalizeForMatch', () => {
  it('compares text the way the question set README says: lower case, straight quotes, no emphasis, one space', () => {
    expect(normalizeForMatch('  Sheinbaum’s  “**Grave**\n violation” of _our_ nation ')).toBe(
      'sheinbaum\'s "grave violation" of our nation',
    );
  });

  it('treats composed and decomposed accents as the same text', () => {
    expect(normalizeForMatch('Nicola\u0301s')).toBe(normalizeForMatch('Nicolás'));
  });

  it('keeps underscores inside a word', () => {
    expect(normalizeForMatch('snake_case')).toBe('snake_case');
  });
});

describe('answers', () => {
  it('counts a passage as answering when it contains any phrase, whatever its quotes and emphasis', () => {
    expect(
      answers('Trump said the *cartels are running Mexico*.', ['nothing here', 'cartels are running mexico']),
    ).toBe(true);
    expect(answers('Sheinbaum’s nation', ["sheinbaum's nation"])).toBe(true);
  });

  it('does not count a passage that contains none of the phrases', () => {
    expect(answers('The weather in Paris', ['cartels'])).toBe(false);
  });

  it('never counts an empty phrase as a match', () => {
    expect(answers('anything', ['', '  '])).toBe(false);
  });
});

describe('scoreRuns', () => {
  const inScopeA = question('a', ['alpha']);
  const inScopeB = question('b', ['beta']);
  const outOfScope = question('weather', [], 'oos');

  it('gives the 1-based rank of the first answering result within the first five', () => {
    expect(firstAnsweringRank({ question: inScopeA, resultTexts: ['x', 'y', 'alpha'] })).toBe(3);
    expect(firstAnsweringRank({ question: inScopeA, resultTexts: ['x', 'x', 'x', 'x', 'x', 'alpha'] })).toBeNull();
  });

  it('computes Recall@1, Recall@3, MRR@5, declines and answered over the right questions', () => {
    const scores = scoreRuns([
      { question: inScopeA, resultTexts: ['alpha'] },
      { question: inScopeB, resultTexts: ['x', 'beta'] },
      { question: outOfScope, resultTexts: [] },
    ]);
    expect(scores).toEqual({
      recallAt1: 0.5,
      recallAt3: 1,
      mrrAt5: 0.75,
      oosDeclined: { count: 1, of: 1 },
      answered: { count: 2, of: 2 },
    });
  });

  it(
    'counts an in-scope question with no results as unanswered and an out-of-scope one with results as not ' +
      'declined',
    () => {
      const scores = scoreRuns([
        { question: inScopeA, resultTexts: [] },
        { question: outOfScope, resultTexts: ['something'] },
      ]);
      expect(scores.answered).toEqual({ count: 0, of: 1 });
      expect(scores.oosDeclined).toEqual({ count: 0, of: 1 });
      expect(scores.recallAt1).toBe(0);
    },
  );
});

describe('scoreByKind', () => {
  it(
    'scores each kind on its own questions, in the order of the kinds list, leaving out kinds with no ' + 'question',
    () => {
      const byKind = scoreByKind([
        { question: question('c', ['gamma'], 'typo'), resultTexts: [] },
        { question: question('a', ['alpha'], 'fact'), resultTexts: ['alpha'] },
        { question: question('weather', [], 'oos'), resultTexts: [] },
        { question: question('b', ['beta'], 'fact'), resultTexts: ['x', 'beta'] },
      ]);
      expect(byKind.map(({ kind, questions }) => [kind, questions])).toEqual([
        ['fact', 2],
        ['typo', 1],
        ['oos', 1],
      ]);
      expect(byKind[0]?.scores).toMatchObject({ recallAt1: 0.5, recallAt3: 1, answered: { count: 2, of: 2 } });
      expect(byKind[1]?.scores).toMatchObject({ recallAt3: 0, answered: { count: 0, of: 1 } });
      expect(byKind[2]?.scores).toMatchObject({ oosDeclined: { count: 1, of: 1 }, answered: { count: 0, of: 0 } });
    },
  );

  it('gives nothing for no runs', () => {
    expect(scoreByKind([])).toEqual([]);
  });
});

describe('parseQuestionSet', () => {
  it('reads one question a line and skips blank lines', () => {
    const set = parseQuestionSet('{"q":"a","kind":"fact","any":["x"]}\n\n{"q":"b","kind":"oos","any":[]}\n', 'q.jsonl');
    expect(set.questions.map((item) => item.q)).toEqual(['a', 'b']);
    expect(set.problems).toEqual([]);
  });

  it('reports each bad line with its file and line number instead of throwing', () => {
    const set = parseQuestionSet(
      'not json\n{"q":"a","kind":"guess","any":[]}\n{"q":"b","kind":"fact","any":[]}',
      'q.jsonl',
    );
    expect(set.questions).toEqual([]);
    expect(set.problems).toHaveLength(3);
    expect(set.problems[0]).toMatch(/^q\.jsonl:1: not valid JSON/);
    expect(set.problems[1]).toMatch(/^q\.jsonl:2: kind: /);
    expect(set.problems[2]).toMatch(/^q\.jsonl:3: "any" is empty/);
  });

  it('reads the shared question set without a problem', async () => {
    const { readFile } = await import('node:fs/promises');
    const set = parseQuestionSet(await readFile('test/fixtures/questions.jsonl', 'utf8'), 'questions.jsonl');
    expect(set.problems).toEqual([]);
    expect(set.questions.length).toBeGreaterThanOrEqual(20);
  });
});
