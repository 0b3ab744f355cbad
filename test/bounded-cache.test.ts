import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';

describe('BoundedCache', () => {
  it('gives back what was kept, null included, and nothing for a key never kept', () => {
    const cache = new BoundedCache<string, readonly string[] | null>(10);
    cache.set('the', null);
    cache.set('said', ['say']);
    expect(cache.get('the')).toBeNull();
    expect(cache.has('the')).toBe(true);
    expect(cache.get('said')).toEqual(['say']);
    expect(cache.get('cartel')).toBeUndefined();
    expect(cache.has('cartel')).toBe(false);
  });

  it('makes a value once and keeps it while it is used', () => {
    const cache = new BoundedCache<string, number>(4);
    let made = 0;
    const make = (key: string) => {
      made += 1;
      return key.length;
    };
    expect(cache.getOrSet('sovereignty', make)).toBe(11);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) {
      cache.getOrSet(key, make);
      expect(cache.getOrSet('sovereignty', make)).toBe(11);
    }
    expect(made).toBe(7);
  });

  it('drops the entries used least recently first', () => {
    const cache = new BoundedCache<string, number>(4);
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(key, index);
    cache.get('a');
    cache.set('e', 4);
    cache.set('f', 5);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
  });

  it('never holds more than its limit, and answers as a plain map would for what it holds, for any use', () => {
    const operation = fc.record({ key: fc.integer({ min: 0, max: 40 }), value: fc.integer(), isWrite: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.array(operation, { maxLength: 300 }), (limit, operations) => {
        const cache = new BoundedCache<number, number>(limit);
        const truth = new Map<number, number>();
        for (const { key, value, isWrite } of operations) {
          if (isWrite) {
            cache.set(key, value);
            truth.set(key, value);
          } else {
            const kept = cache.get(key);
            if (kept !== undefined) expect(kept).toBe(truth.get(key));
          }
          expect(cache.size).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});
