import { describe, expect, it } from 'vitest';
import {
  candidatesNearestDefaultsFirst,
  chooseCandidate,
  crossValidate,
  gridDefaults,
  gridPoints,
  TUNING_GRID,
  tuningObjective,
  type RunsOf,
} from '../../bench/eval-cross-validation.js';
import { scoreRuns, type EvalQuestion, type QuestionRun } from '../../bench/eval-metrics.js';
import { DEFAULT_TUNING } from '../../src/search/index.js';

const inScope: EvalQuestion = { q: 'who struck?', kind: 'fact', any: ['answer'] };
const outOfScope: EvalQuestion = { q: 'weather in Paris', kind: 'oos', any: [] };
const hit: QuestionRun = { question: inScope, resultTexts: ['the answer'] };
const miss: QuestionRun = { question: inScope, resultTexts: ['something else'] };
const declinedOos: QuestionRun = { question: outOfScope, resultTexts: [] };

describe('the tuning grid', () => {
  it(
    'GIVEN two constants with 2 and 3 values THEN lists all 6 combinations, the first constant varying ' + 'slowest',
    () => {
      expect(gridPoints({ minCoverage: [0.4, 0.5], answerTypeBoost: [1, 1.3, 1.6] })).toEqual([
        { minCoverage: 0.4, answerTypeBoost: 1 },
        { minCoverage: 0.4, answerTypeBoost: 1.3 },
        { minCoverage: 0.4, answerTypeBoost: 1.6 },
        { minCoverage: 0.5, answerTypeBoost: 1 },
        { minCoverage: 0.5, answerTypeBoost: 1.3 },
        { minCoverage: 0.5, answerTypeBoost: 1.6 },
      ]);
    },
  );

  it('GIVEN the shipped grid THEN it holds the defaults, so the choice can always keep them', () => {
    const defaults = JSON.stringify(gridDefaults(TUNING_GRID));
    expect(gridPoints(TUNING_GRID).map((point) => JSON.stringify(point))).toContain(defaults);
  });

  it(
    'GIVEN a grid THEN the defaults come first, then points changing one constant (smallest change first), then ' +
      'two',
    () => {
      const defaults = { ...DEFAULT_TUNING, minCoverage: 0.5, answerTypeBoost: 1.3 };
      const candidates = candidatesNearestDefaultsFirst(
        { minCoverage: [0.3, 0.5, 0.6], answerTypeBoost: [1, 1.3] },
        defaults,
      );
      expect(candidates).toEqual([
        { minCoverage: 0.5, answerTypeBoost: 1.3 },
        { minCoverage: 0.6, answerTypeBoost: 1.3 },
        { minCoverage: 0.5, answerTypeBoost: 1 },
        { minCoverage: 0.3, answerTypeBoost: 1.3 },
        { minCoverage: 0.6, answerTypeBoost: 1 },
        { minCoverage: 0.3, answerTypeBoost: 1 },
      ]);
    },
  );

  it('GIVEN a grid without the default value THEN the defaults are added as a candidate, first', () => {
    const defaults = { ...DEFAULT_TUNING, minCoverage: 0.5 };
    expect(candidatesNearestDefaultsFirst({ minCoverage: [0.4, 0.6] }, defaults)).toEqual([
      { minCoverage: 0.5 },
      { minCoverage: 0.4 },
      { minCoverage: 0.6 },
    ]);
  });
});

describe('the objective a choice maximises', () => {
  it(
    'GIVEN in-scope and out-of-scope questions THEN is the mean of Recall@3, answered share and oos declined ' +
      'share',
    () => {
      const scores = scoreRuns([
        hit,
        { question: inScope, resultTexts: [] },
        declinedOos,
        { question: outOfScope, resultTexts: ['x'] },
      ]);
      expect(tuningObjective(scores)).toBeCloseTo((0.5 + 0.5 + 0.5) / 3);
    },
  );

  it('GIVEN no out-of-scope question THEN a point is judged on Recall@3 and answered share alone', () => {
    expect(tuningObjective(scoreRuns([hit, miss]))).toBeCloseTo((0.5 + 1) / 2);
  });
});

/** A fake evaluator: each candidate's runs per file from a table, recording every (candidate, file) it is asked for. */
function recordingRuns(table: Record<string, Record<string, QuestionRun[]>>): {
  runsOf: RunsOf<string>;
  calls: Array<[string, string]>;
} {
  const calls: Array<[string, string]> = [];
  return {
    calls,
    runsOf: (candidate, file) => {
      calls.push([candidate, file]);
      return table[candidate]?.[file] ?? [];
    },
  };
}

describe('leave-one-file-out choice of constants', () => {
  // "wide" does best on a.jsonl and b.jsonl; "narrow" does best on c.jsonl only.
  const table = {
    narrow: { 'a.jsonl': [miss, declinedOos], 'b.jsonl': [miss], 'c.jsonl': [hit, hit, declinedOos] },
    wide: { 'a.jsonl': [hit, declinedOos], 'b.jsonl': [hit], 'c.jsonl': [miss, miss, declinedOos] },
  };
  const files = ['a.jsonl', 'b.jsonl', 'c.jsonl'];

  it('GIVEN a held-out file THEN choosing constants never asks for that file’s runs', () => {
    const { runsOf, calls } = recordingRuns(table);
    chooseCandidate(['narrow', 'wide'], ['a.jsonl', 'b.jsonl'], runsOf);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter(([, file]) => file === 'c.jsonl')).toEqual([]);
  });

  it(
    'GIVEN every fold THEN the held-out file is scored once, with the constants chosen on the other files, after ' +
      'choosing',
    () => {
      const { runsOf, calls } = recordingRuns(table);
      const { folds } = crossValidate(files, ['narrow', 'wide'], runsOf);
      // The calls fall into one segment per fold, each ending with its held-out file's single call.
      let start = 0;
      for (const fold of folds) {
        const end = calls.findIndex(
          ([candidate, file], index) => index >= start && file === fold.heldOut && candidate === fold.chosen,
        );
        const choosing = calls.slice(start, end);
        expect(choosing.filter(([, file]) => file === fold.heldOut)).toEqual([]);
        expect(new Set(choosing.map(([, file]) => file))).toEqual(
          new Set(files.filter((file) => file !== fold.heldOut)),
        );
        start = end + 1;
      }
      expect(start).toBe(calls.length);
    },
  );

  it(
    'GIVEN a held-out file that favours other constants THEN the choice follows the other files and reports their ' +
      'loss honestly',
    () => {
      const { runsOf } = recordingRuns(table);
      const heldOutC = crossValidate(files, ['narrow', 'wide'], runsOf).folds.find(
        (fold) => fold.heldOut === 'c.jsonl',
      );
      expect(heldOutC?.chosen).toBe('wide');
      expect(heldOutC?.scores.recallAt3).toBe(0);
      expect(heldOutC?.trainingObjective).toBe(1);
    },
  );

  it('GIVEN the folds THEN the cross-validated figure pools each held-out file under its own choice', () => {
    const { runsOf } = recordingRuns(table);
    const { folds, pooled } = crossValidate(files, ['narrow', 'wide'], runsOf);
    expect(folds.map((fold) => [fold.heldOut, fold.chosen])).toEqual([
      ['a.jsonl', 'narrow'],
      ['b.jsonl', 'narrow'],
      ['c.jsonl', 'wide'],
    ]);
    // a under narrow: miss; b under narrow: miss; c under wide: two misses. Every oos declined.
    expect(pooled.recallAt3).toBe(0);
    expect(pooled.oosDeclined).toEqual({ count: 2, of: 2 });
    expect(pooled.answered).toEqual({ count: 4, of: 4 });
  });

  it('GIVEN candidates that score the same THEN the earlier one (nearest the defaults) is kept', () => {
    const same = { first: { 'a.jsonl': [hit] }, second: { 'a.jsonl': [hit] } };
    expect(chooseCandidate(['first', 'second'], ['a.jsonl'], recordingRuns(same).runsOf)?.chosen).toBe('first');
  });

  it('GIVEN a single question file THEN there is nothing to choose on and no fold', () => {
    const { runsOf, calls } = recordingRuns(table);
    expect(crossValidate(['a.jsonl'], ['narrow', 'wide'], runsOf).folds).toEqual([]);
    expect(calls).toEqual([]);
  });
});
