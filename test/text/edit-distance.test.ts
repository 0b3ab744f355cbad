import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../src/text/edit-distance.js';

// Plain Levenshtein, the measure a swap must beat by one.
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe('editDistanceWithin', () => {
  it('counts a swap of two neighbouring letters as one edit ("breif" is one edit from "brief")', () => {
    expect(editDistanceWithin('breif', 'brief', 2)).toBe(1);
    expect(levenshtein('breif', 'brief')).toBe(2);
  });

  it('counts an added, a dropped and a changed letter as one edit each', () => {
    expect(editDistanceWithin('sheinbaum', 'sheinbam', 2)).toBe(1);
    expect(editDistanceWithin('publised', 'published', 2)).toBe(1);
    expect(editDistanceWithin('cartel', 'carted', 2)).toBe(1);
  });

  it('stops at limit + 1 when the words are further apart than the limit', () => {
    expect(editDistanceWithin('sovereignty', 'cartel', 2)).toBe(3);
    expect(editDistanceWithin('a', 'abcdef', 1)).toBe(2);
  });

  it('is never more than plain Levenshtein, and within one swap per edit of it, for any two words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const plain = levenshtein(a, b);
        const limit = 8;
        const distance = editDistanceWithin(a, b, limit);
        expect(distance).toBeLessThanOrEqual(plain);
        expect(distance).toBe(editDistanceWithin(b, a, limit));
        expect(distance === 0).toBe(a === b);
      }),
    );
  });
});
