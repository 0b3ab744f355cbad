// The order a reader sees an answered question's passages in: answers first, then the closest coverage by how much of
// the question each passage covers and how well it matches.
import { describe, expect, it } from 'vitest';
import { orderAnswers, type OrderedCandidate } from '../../../src/search/ranking/answer-order.js';

const tuning = { highCoverage: 0.7, minCoverage: 0.35, minScoreShare: 0.2, foldThreshold: 0.3 };

/** A scored passage with terms of its own, so none folds into another. */
function candidate(passageId: string, baseScore: number, covered: number, passesRules = true): OrderedCandidate {
  const coverage = passesRules ? covered : 0;
  return {
    passageId,
    articleId: 'wire',
    terms: new Set([passageId, `${passageId}-a`, `${passageId}-b`]),
    covered,
    coverage,
    baseScore,
    score: baseScore * coverage,
  };
}

const byScore = (candidates: OrderedCandidate[]) => [...candidates].sort((a, b) => b.score - a.score);
const heads = (candidates: OrderedCandidate[]) =>
  orderAnswers(byScore(candidates), tuning).map((g) => g.head.passageId);

describe('orderAnswers', () => {
  it('GIVEN passages that cover the whole question THEN they come first, best first', () => {
    expect(heads([candidate('part', 40, 0.5), candidate('whole', 10, 0.9), candidate('whole-2', 12, 0.8)])).toEqual([
      'whole-2',
      'whole',
      'part',
    ]);
  });

  it(
    'GIVEN no passage covers the whole question THEN after the best answer, a passage covering more of the question ' +
      'comes before one covering less, even one that misses its main topic',
    () => {
      const lead = candidate('lead', 20, 0.6);
      const thin = candidate('thin', 10, 0.4);
      const broad = candidate('broad', 12, 0.6, false);
      expect(heads([lead, thin, broad])).toEqual(['lead', 'broad', 'thin']);
    },
  );

  it('GIVEN a passage shown though it fails the rules THEN it is never marked as an answer', () => {
    const groups = orderAnswers(byScore([candidate('lead', 20, 0.9), candidate('broad', 12, 0.65, false)]), tuning);
    expect(groups.map((group) => [group.head.passageId, group.head.coverage])).toEqual([
      ['lead', 0.9],
      ['broad', 0],
    ]);
  });

  it('GIVEN no confident passage THEN nothing is shown, however much the others cover', () => {
    expect(heads([candidate('broad', 30, 0.6, false), candidate('tiny', 1, 0.1)])).toEqual([]);
  });

  it('GIVEN one answer THEN closest coverage fills the list to three, but not with passages covering almost nothing', () => {
    const list = [candidate('lead', 20, 0.9), candidate('a', 5, 0.3, false), candidate('b', 4, 0.25, false)];
    expect(heads([...list, candidate('c', 50, 0.1, false)])).toEqual(['lead', 'a', 'b']);
  });
});
