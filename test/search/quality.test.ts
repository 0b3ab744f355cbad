// Retrieval quality on the shared question set (test/fixtures/questions.jsonl), with the metrics of
// bench/eval-metrics.ts: the thresholds the issue sets, and our engine against the peers of `npm run eval`.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateEngines, OUR_ENGINE_NAME, type EngineRuns } from '../../bench/eval.js';
import { firstAnsweringRank, isInScope, parseQuestionSet, type EvalScores, type QuestionRun } from '../../bench/eval-metrics.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createEngine } from '../../src/search/engine.js';

const questionSet = parseQuestionSet(readFileSync('test/fixtures/questions.jsonl', 'utf8'), 'test/fixtures/questions.jsonl');

let engines: EngineRuns[];
let ours: EngineRuns;

beforeAll(async () => {
  const corpus = await loadCorpus('corpus');
  const engine = createEngine(corpus.articles);
  const passages = corpus.articles.flatMap((article) => article.passages);
  engines = evaluateEngines(passages, questionSet.questions, (question) =>
    engine.ask(question, { limit: 5 }).results.map((result) => result.text),
  );
  const first = engines[0];
  if (first?.name !== OUR_ENGINE_NAME) throw new Error('evaluateEngines must list our engine first');
  ours = first;
});

/** The in-scope questions whose first answering passage is not within `k`, for the failure message. */
function missedWithin(runs: readonly QuestionRun[], k: number): string[] {
  return runs
    .filter((run) => isInScope(run.question))
    .filter((run) => {
      const rank = firstAnsweringRank(run, 5);
      return rank === null || rank > k;
    })
    .map((run) => `${run.question.q} (rank ${firstAnsweringRank(run, 5) ?? 'none in top 5'})`);
}

describe('answer quality on the question set', () => {
  it('reads every line of the question set', () => {
    expect(questionSet.problems).toEqual([]);
  });

  it('finds an answering passage first for at least 85% of questions', () => {
    expect(ours.scores.recallAt1, `not first: ${missedWithin(ours.runs, 1).join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('shows an answering passage among the first three for at least 95% of questions', () => {
    expect(ours.scores.recallAt3, `not in the first three: ${missedWithin(ours.runs, 3).join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('ranks the answering passage high enough for a mean reciprocal rank (top 5) of at least 0.90', () => {
    expect(ours.scores.mrrAt5, `not first: ${missedWithin(ours.runs, 1).join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('declines every out-of-scope question', () => {
    const answeredOutOfScope = ours.runs
      .filter((run) => !isInScope(run.question) && run.resultTexts.length > 0)
      .map((run) => run.question.q);
    expect(answeredOutOfScope).toEqual([]);
  });

  it('answers at least 95% of the in-scope questions', () => {
    const declined = ours.runs.filter((run) => isInScope(run.question) && run.resultTexts.length === 0).map((run) => run.question.q);
    expect(ours.scores.answered.count / ours.scores.answered.of, `declined: ${declined.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('does at least as well as every peer engine on every column, and better on Recall@1 and MRR@5', () => {
    const columns: Array<[string, (scores: EvalScores) => number]> = [
      ['Recall@1', (scores) => scores.recallAt1],
      ['Recall@3', (scores) => scores.recallAt3],
      ['MRR@5', (scores) => scores.mrrAt5],
      ['oos declined', (scores) => scores.oosDeclined.count],
      ['answered', (scores) => scores.answered.count],
    ];
    const behind = engines.slice(1).flatMap((peer) =>
      columns
        .filter(([column, value]) => {
          const mustBeStrictlyBetter = column === 'Recall@1' || column === 'MRR@5';
          return mustBeStrictlyBetter ? value(ours.scores) <= value(peer.scores) : value(ours.scores) < value(peer.scores);
        })
        .map(([column, value]) => `${column}: ours ${value(ours.scores)} vs ${peer.name} ${value(peer.scores)}`),
    );
    expect(behind).toEqual([]);
  });
});
