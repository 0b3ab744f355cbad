import { describe, expect, it } from 'vitest';
import { evaluateEngines, formatQuestionTable, formatScoreTable, OUR_ENGINE_NAME } from '../../bench/eval.js';
import type { EvalQuestion } from '../../bench/eval-metrics.js';

const passages = [
  { id: 'a:1', articleId: 'a', paragraph: 1, section: null, kind: 'paragraph' as const, opinion: false, text: 'Sheinbaum rejected foreign intervention.' },
  { id: 'a:2', articleId: 'a', paragraph: 2, section: null, kind: 'paragraph' as const, opinion: false, text: 'Trump spoke to Fox News.' },
  { id: 'b:1', articleId: 'b', paragraph: 1, section: null, kind: 'paragraph' as const, opinion: false, text: 'Cartels run supply chains.' },
];
const questions: EvalQuestion[] = [
  { q: 'Who did Trump speak to?', kind: 'fact', any: ['fox news'] },
  { q: 'weather in Paris', kind: 'oos', any: [] },
];

describe('npm run eval tables', () => {
  const engines = evaluateEngines(passages, questions, (question) => (question.includes('Trump') ? ['Trump spoke to Fox News.'] : []));

  it('lists our engine first, then every peer, all asked the same questions', () => {
    expect(engines.map((engine) => engine.name)).toEqual([
      OUR_ENGINE_NAME,
      'MiniSearch, default options',
      'lunr 2.3, default pipeline',
      'wink-bm25-text-search',
    ]);
    expect(engines.every((engine) => engine.runs.length === questions.length)).toBe(true);
  });

  it('prints one Markdown row per engine with two decimals and counts for declines and answers', () => {
    const lines = formatScoreTable(engines).split('\n');
    expect(lines[0]).toBe('| engine | Recall@1 | Recall@3 | MRR@5 | oos declined | answered |');
    expect(lines[2]).toBe(`| ${OUR_ENGINE_NAME} | 1.00 | 1.00 | 1.00 | 1/1 | 1/1 (1.00) |`);
    expect(lines).toHaveLength(2 + engines.length);
  });

  it('shows, per question, the rank for in-scope questions and whether out-of-scope ones were declined', () => {
    const rows = formatQuestionTable(engines.slice(0, 1)).split('\n');
    expect(rows.slice(2)).toEqual(['| 1 | fact | Who did Trump speak to? | 1 |', '| 2 | oos | weather in Paris | declined |']);
  });
});
