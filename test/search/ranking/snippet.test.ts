import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/search/analysis/analyzer.js';
import { analyzePassage } from '../../../src/search/analysis/passage-terms.js';
import { splitSentences } from '../../../src/corpus/sentences.js';
import { makeSnippet, MAX_SNIPPET_CHARS } from '../../../src/search/ranking/snippet.js';

const equalWeight = () => 1;
const snippetFor = (text: string, question: string) =>
  makeSnippet(text, analyzePassage(text), new Set(analyze(question)), equalWeight);
const plain = (spans: { text: string }[]) => spans.map((span) => span.text).join('');

describe('splitSentences', () => {
  it('does not end a sentence at U.S., Mr. or an initial', () => {
    const text = 'U.S. President Donald J. Trump met Mr. Lopez. Then he left! Did he? Yes.';
    expect(splitSentences(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'U.S. President Donald J. Trump met Mr. Lopez.',
      'Then he left!',
      'Did he?',
      'Yes.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    const text = '“We will act,” he said. “Now.” Officials agreed.';
    expect(splitSentences(text).map((range) => text.slice(range.start, range.end))).toEqual([
      '“We will act,” he said.',
      '“Now.”',
      'Officials agreed.',
    ]);
  });
});

describe('makeSnippet', () => {
  const passage =
    'The government announced a new budget on Monday. It includes money for schools and roads. ' +
    'Sheinbaum said the plan respects Mexican sovereignty. Critics called it too small. The vote is next week.';

  it('picks the sentences that hold the matched words and marks them', () => {
    const { snippet } = snippetFor(passage, 'what did sheinbaum say about sovereignty');
    expect(snippet).toContain('**Sheinbaum** **said** the plan respects Mexican **sovereignty**.');
    expect(snippet).not.toContain('budget');
  });

  it('marks inflected forms of the question’s words (say marks "said")', () => {
    const { snippetSpans } = snippetFor('Officials said so.', 'say');
    expect(snippetSpans).toEqual([
      { text: 'Officials ', marked: false },
      { text: 'said', marked: true },
      { text: ' so.', marked: false },
    ]);
  });

  it('cuts a long sentence at word boundaries with an ellipsis, keeping the match', () => {
    const long = `${'word '.repeat(120)}sovereignty ${'more '.repeat(60)}end.`;
    const { snippet, snippetSpans } = snippetFor(long, 'sovereignty');
    const text = plain(snippetSpans);
    expect(text.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
    expect(snippet).toContain('**sovereignty**');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toMatch(/^…(word |sovereignty )/);
    expect(text).toMatch(/ (word|more|sovereignty)…$/);
  });

  it('shows the opening when nothing matches', () => {
    expect(snippetFor(passage, 'zebra').snippet).toBe(
      'The government announced a new budget on Monday. It includes money for schools and roads.',
    );
  });

  it('stays within the limit, keeps the text in order and never throws, for any passage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1_200, unit: 'grapheme' }), fc.string({ maxLength: 40 }), (text, question) => {
        const { snippet, snippetSpans } = snippetFor(text, question);
        const shown = plain(snippetSpans);
        expect(shown.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
        expect(snippet.replace(/\*\*/g, '')).toBe(shown.replace(/\*\*/g, ''));
        for (const piece of shown.split('…')) expect(text).toContain(piece.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('shows a table as its header row and the row that matches', () => {
    const table = [
      '| Indicator | Trend |',
      '|---|---|',
      '| Overdose deaths | Declined slightly |',
      '| Extraditions to the US | Increased |',
      'Figures from public reports.',
    ].join('\n');
    expect(snippetFor(table, 'extradition trend').snippet).toBe(
      '| Indicator | **Trend** |\n| **Extraditions** to the US | Increased |',
    );
  });
});
