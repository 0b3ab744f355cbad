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

describe('a table with wide and combining characters', () => {
  it('lines up a column after a headline in Chinese, counting each character as two columns', () => {
    const table = formatTable(
      [{ header: 'headline' }, { header: 'id' }],
      [
        ['墨西哥总统', 'a'],
        ['Mexico', 'b'],
      ],
      80,
      [],
    );
    expect(table.split('\n')).toEqual(['headline    id', '墨西哥总统  a', 'Mexico      b']);
  });

  it('cuts a wide headline to the columns it may take, never inside a character', () => {
    expect(truncate('墨西哥总统谢因鲍姆', 8)).toBe('墨西哥…');
  });

  it('counts an accent written as a combining mark as no column', () => {
    const table = formatTable(
      [{ header: 'outlet' }, { header: 'n' }],
      [
        ['Prensa Me\u0301xico', '1'],
        ['AP', '2'],
      ],
      80,
      [],
    );
    expect(table.split('\n')).toEqual(['outlet         n', 'Prensa Me\u0301xico  1', 'AP             2']);
  });
});
