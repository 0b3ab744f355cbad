import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/search/analyzer.js';
import { FOLD_THRESHOLD, foldNearDuplicates, resemblance } from '../../src/search/fold.js';

const candidate = (passageId: string, text: string) => ({ passageId, articleId: passageId.split(':')[0] ?? '', terms: new Set(analyze(text)) });

describe('foldNearDuplicates', () => {
  const a = candidate('a:1', 'Sheinbaum rejected any U.S. military intervention, saying Mexican sovereignty must be respected.');
  const b = candidate('b:4', 'Mexican President Sheinbaum rejected U.S. military intervention and said sovereignty must be respected.');
  const c = candidate('c:2', 'Fentanyl deaths in the United States fell last year, officials reported.');

  it('folds two outlets restating one fact under the better-ranked one', () => {
    expect(resemblance(a.terms, b.terms)).toBeGreaterThanOrEqual(FOLD_THRESHOLD);
    const groups = foldNearDuplicates([a, c, b]);
    expect(groups.map((group) => [group.head.passageId, group.others.map((other) => other.passageId)])).toEqual([
      ['a:1', ['b:4']],
      ['c:2', []],
    ]);
  });

  it('keeps passages on different matters apart', () => {
    expect(resemblance(a.terms, c.terms)).toBeLessThan(FOLD_THRESHOLD);
    expect(foldNearDuplicates([c, a])).toHaveLength(2);
  });

  it('gives empty passages no resemblance, so they never swallow others', () => {
    expect(resemblance(new Set(), new Set())).toBe(0);
  });
});
