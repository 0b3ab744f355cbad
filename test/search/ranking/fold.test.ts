import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/search/analysis/analyzer.js';
import { FOLD_THRESHOLD, foldNearDuplicates, isNearDuplicate, resemblance } from '../../../src/search/ranking/fold.js';

const candidate = (passageId: string, text: string) => ({
  passageId,
  articleId: passageId.split(':')[0] ?? '',
  terms: new Set(analyze(text)),
});

describe('foldNearDuplicates', () => {
  const a = candidate(
    'a:1',
    'Sheinbaum rejected any U.S. military intervention, saying Mexican sovereignty must be respected.',
  );
  const b = candidate(
    'b:4',
    'Mexican President Sheinbaum rejected U.S. military intervention and said sovereignty must be respected.',
  );
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

  it(
    'folds a short report into the longer passage that restates it whole, despite the longer one’s extra ' + 'words',
    () => {
      const quote = candidate(
        'd:6',
        '“The cartels are running Mexico — it’s very, very sad to watch,” Trump told Sean Hannity on Fox News.',
      );
      const longer = candidate(
        'e:2',
        'Trump’s statements, made during a televised Fox News interview with Sean Hannity, mark an escalation. “The ' +
          'cartels are running Mexico,” he said, calling it very sad to watch, and analysts expect the ' +
          'administration to weigh land strikes, financial sanctions, terrorist designations, border tariffs and ' +
          'intelligence operations against trafficking networks in the coming weeks, while diplomats in Mexico ' +
          'City prepare a response.',
      );
      expect(resemblance(quote.terms, longer.terms)).toBeLessThan(FOLD_THRESHOLD);
      expect(isNearDuplicate(quote.terms, longer.terms)).toBe(true);
      expect(foldNearDuplicates([longer, quote])).toHaveLength(1);
    },
  );

  it('does not fold a short passage on a shared topic into a long one by containment', () => {
    const short = candidate('f:1', 'Cartels run Mexico, Trump said.');
    const long = candidate(
      'g:1',
      'Trump said cartels run much of Mexico and announced land strikes, a move that Mexico rejected as a ' +
        'violation of sovereignty; lawmakers in both capitals debated consent, treaties, extradition and the ' +
        'limits of executive power for weeks.',
    );
    expect(isNearDuplicate(short.terms, long.terms)).toBe(false);
  });
});
