// parseFrontmatter: the `---` block of an article, validated field by field, every problem reported at once.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/corpus/frontmatter.js';

const problemsOf = (text: string) => {
  const result = parseFrontmatter(text);
  return result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);
};

describe('parseFrontmatter', () => {
  it('returns the fields, with defaults for language and title_source, and the body after the block', () => {
    expect(
      parseFrontmatter('---\ntitle: Strikes on land\noutlet: Example News\npublished: ' + '2025-11-06\n---\n\nText.'),
    ).toEqual({
      ok: true,
      frontmatter: {
        title: 'Strikes on land',
        outlet: 'Example News',
        published: '2025-11-06',
        language: 'en',
        title_source: 'headline',
      },
      body: '\nText.',
    });
  });

  it('joins a title folded over several lines into one line', () => {
    const result = parseFrontmatter('---\ntitle: >\n  Trump says the U.S.\n  will hit cartels\n---\nText.');
    expect(result.ok && result.frontmatter.title).toBe('Trump says the U.S. will hit cartels');
  });

  it('treats an optional field left blank as not given', () => {
    const result = parseFrontmatter('---\ntitle: T\nauthor:\noutlet: ""\n---\nText.');
    expect(result.ok && result.frontmatter).toEqual({ title: 'T', language: 'en', title_source: 'headline' });
  });

  it('rejects a date that is not on the calendar', () => {
    expect(problemsOf('---\ntitle: T\npublished: 2025-02-30\n---\n')).toEqual([
      'published: must be an ISO date ' + 'YYYY-MM-DD, such as 2025-11-05, not "2025-02-30"',
    ]);
  });

  it('reports every bad field of the block at once, in field order', () => {
    expect(problemsOf('---\nlanguage: 12\nauthor: [a, b]\ntitle_source: guessed\n---\n')).toEqual([
      'title: required — add "title: ..." to the frontmatter',
      'author: must be text, not a list — write author: "Jane Doe"',
      'language: must be a language code such as en or es-MX, not a number (12)',
      'title_source: must be "derived" (the title was written from the text) or left out, not "guessed"',
    ]);
  });

  it('reports a field given twice as invalid YAML, with its line in the file', () => {
    expect(problemsOf('---\ntitle: One\ntitle: Two\n---\n')).toEqual([
      'frontmatter: line 3: not valid YAML (Map keys must be unique) — write one "field: value" a line, and put ' +
        'values containing ": " or " #" in quotes',
    ]);
  });

  it('rejects a block that is a list instead of fields', () => {
    expect(problemsOf('---\n- title\n---\n')).toEqual([
      'frontmatter: must be "field: value" lines, not a list — ' + 'start with "title: ..."',
    ]);
  });

  it('says so when the block is never closed, and returns no body', () => {
    expect(parseFrontmatter('---\ntitle: T\n\nText.')).toEqual({
      ok: false,
      problems: [
        {
          field: 'frontmatter',
          message: 'the "---" block is never closed — add a line "---" after the ' + 'last field',
        },
      ],
      body: null,
    });
  });
});
