// The plain-text table of `npm run sources`: columns that fit a width, cells cut with "…".
import { describe, expect, it } from 'vitest';
import { formatTable, truncate } from '../../src/cli/format-table.js';

describe('a table that fits the terminal', () => {
  it('truncate ends a cut text with "…" and leaves a short one alone', () => {
    expect([truncate('Sheinbaum rejects strikes', 10), truncate('Short', 10)]).toEqual(['Sheinbaum…', 'Short']);
  });

  it('right-aligns a right column', () => {
    expect(formatTable([{ header: 'n', align: 'right' }], [['7'], ['12']], 80, [])).toBe(' n\n 7\n12');
  });
});
