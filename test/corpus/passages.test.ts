// splitPassages: how an article's Markdown body becomes the numbered passages answers cite as ¶ n.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, SHORT_LIST_MAX_CHARS, splitPassages } from '../../src/corpus/passages.js';

const texts = (body: string) => splitPassages('story', body).map((passage) => passage.text);

describe('splitPassages: paragraphs', () => {
  it('numbers paragraphs 1, 2, 3 in reading order, with ids articleId:paragraph', () => {
    const passages = splitPassages('story', 'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.');
    expect(passages).toEqual([
      {
        id: 'story:1',
        articleId: 'story',
        paragraph: 1,
        section: null,
        kind: 'paragraph',
        text: 'First paragraph.',
        opinion: false,
      },
      {
        id: 'story:2',
        articleId: 'story',
        paragraph: 2,
        section: null,
        kind: 'paragraph',
        text: 'Second paragraph.',
        opinion: false,
      },
      {
        id: 'story:3',
        articleId: 'story',
        paragraph: 3,
        section: null,
        kind: 'paragraph',
        text: 'Third paragraph.',
        opinion: false,
      },
    ]);
  });

  it('joins the lines of one paragraph with single spaces', () => {
    expect(texts('The president said\non Thursday that\n   strikes would ' + 'begin.')).toEqual([
      'The president said on Thursday that strikes would begin.',
    ]);
  });

  it('ignores CRLF line endings and trailing spaces: the same passages as the LF text', () => {
    const lf = 'One line\nand another.\n\n## Heading\n\nNext paragraph.\n';
    const crlf = 'One line   \r\nand another.\t\r\n\r\n## Heading  \r\n\r\nNext paragraph.  \r\n';
    expect(splitPassages('story', crlf)).toEqual(splitPassages('story', lf));
  });

  it('composes a decomposed "é" (e + U+0301) into one character (NFC)', () => {
    const [passage] = splitPassages('story', 'Me\u0301xico rejected the plan.');
    expect(passage?.text).toBe('M\u00e9xico rejected the plan.');
  });

  it('removes zero-width characters and soft hyphens that would split words for search', () => {
    expect(texts('Shein\u200Bbaum said the car\u00ADtels\u200C were\uFEFF ' + 'strong.')).toEqual([
      'Sheinbaum said the cartels were strong.',
    ]);
  });

  it('drops HTML comments, inline or on their own line, without splitting the paragraph', () => {
    expect(
      texts('Before <!-- editor note --> after\n<!-- a comment\nover two lines -->\nsame ' + 'paragraph.'),
    ).toEqual(['Before after same paragraph.']);
  });

  it('keeps an unclosed "<!--" as text, so a typo never hides the rest of the article', () => {
    expect(texts('Text <!-- never closed\n\nLater paragraph.')).toEqual(['Text <!-- never closed', 'Later paragraph.']);
  });

  it('drops blockquote markers and thematic breaks', () => {
    expect(texts('> "We will not accept it,"\n> she said.\n\n---\n\nAfter the ' + 'rule.')).toEqual([
      '"We will not accept it," she said.',
      'After the rule.',
    ]);
  });
});

describe('splitPassages: headings', () => {
  it('gives each passage the nearest heading above it, and null before the first', () => {
    const passages = splitPassages(
      'story',
      'Lead paragraph.\n\n## What Trump said\n\nHe spoke on Fox.\n\n## ' + 'Reaction ##\nMexico objected.',
    );
    expect(passages.map((passage) => [passage.paragraph, passage.section, passage.text])).toEqual([
      [1, null, 'Lead paragraph.'],
      [2, 'What Trump said', 'He spoke on Fox.'],
      [3, 'Reaction', 'Mexico objected.'],
    ]);
  });

  it('ends the section at a rule, so text after a labelled list is filed under no heading', () => {
    const passages = splitPassages(
      'story',
      '## KEY POINTS\n\n- One.\n- Two.\n\n---\n\nWASHINGTON — The ' +
        'report.\n\n<!-- opinion -->\n## View\n\nMine.\n\n---\n\nNews again.',
    );
    expect(passages.map((passage) => [passage.section, passage.opinion, passage.text])).toEqual([
      ['KEY POINTS', false, '- One.\n- Two.'],
      [null, false, 'WASHINGTON — The report.'],
      ['View', true, 'Mine.'],
      [null, false, 'News again.'],
    ]);
  });

  it('treats ### and deeper headings as section headings too, and never counts headings as paragraphs', () => {
    const passages = splitPassages('story', '## Mexico\n\nFirst.\n\n### Sheinbaum\n\nSecond.');
    expect(passages.map((passage) => [passage.paragraph, passage.section])).toEqual([
      [1, 'Mexico'],
      [2, 'Sheinbaum'],
    ]);
  });

  it('reads "#hashtag" as text, not as a heading', () => {
    expect(texts('#cartels trended all day.')).toEqual(['#cartels trended all day.']);
  });
});

describe('splitPassages: lists', () => {
  it('keeps a short list with its lead-in as one list passage', () => {
    const passages = splitPassages(
      'story',
      'Before.\n\nOfficials listed three options:\n- drone strikes\n- ' +
        'special forces raids\n- joint operations\n\nAfter.',
    );
    expect(passages.map((passage) => [passage.paragraph, passage.kind, passage.text])).toEqual([
      [1, 'paragraph', 'Before.'],
      [2, 'list', 'Officials listed three options:\n- drone strikes\n- special forces raids\n- joint operations'],
      [3, 'paragraph', 'After.'],
    ]);
  });

  it('takes the lead-in across a blank line and keeps numbered markers', () => {
    expect(texts('The steps were:\n\n1. talks\n2. strikes')).toEqual(['The steps were:\n1. talks\n2. strikes']);
  });

  it('makes a short list without a lead-in one list passage of its items', () => {
    const passages = splitPassages('story', 'KEY POINTS\n\n- Land strikes are next.\n- Mexico objects.');
    expect(passages.map((passage) => [passage.kind, passage.text])).toEqual([
      ['paragraph', 'KEY POINTS'],
      ['list', '- Land strikes are next.\n- Mexico objects.'],
    ]);
  });

  it(
    `splits a list longer than ${SHORT_LIST_MAX_CHARS} characters into one passage per item, the lead-in its own ` +
      `paragraph`,
    () => {
      const first = `- ${'a'.repeat(200)}`;
      const second = `- ${'b'.repeat(200)}`;
      const passages = splitPassages('story', `The measures:\n${first}\n${second}`);
      expect(passages.map((passage) => [passage.paragraph, passage.kind, passage.text])).toEqual([
        [1, 'paragraph', 'The measures:'],
        [2, 'list-item', first],
        [3, 'list-item', second],
      ]);
    },
  );

  it('joins a wrapped item line to its item', () => {
    expect(texts('- a long item\n  that wraps\n- next')).toEqual(['- a long item that wraps\n- next']);
  });

  it('ends the list at an unindented paragraph after a blank line', () => {
    expect(texts('- one\n- two\n\nA new paragraph.')).toEqual(['- one\n- two', 'A new paragraph.']);
  });
});

describe('splitPassages: tables', () => {
  it('makes a table one passage, with the caption line directly under it', () => {
    const body = 'Before.\n\n| Date | Event |\n|------|-------|\n| Nov 6 | Interview |\nSource: White House\n\nAfter.';
    const passages = splitPassages('story', body);
    expect(passages.map((passage) => [passage.paragraph, passage.kind, passage.text])).toEqual([
      [1, 'paragraph', 'Before.'],
      [2, 'table', '| Date | Event |\n|------|-------|\n| Nov 6 | Interview |\nSource: White House'],
      [3, 'paragraph', 'After.'],
    ]);
  });
});

describe('splitPassages: opinion markers', () => {
  it('marks only the next paragraph as opinion', () => {
    const passages = splitPassages(
      'story',
      'Reporting.\n\n<!-- opinion -->\nOur view: this is a mistake.\n\nMore ' + 'reporting.',
    );
    expect(passages.map((passage) => passage.opinion)).toEqual([false, true, false]);
  });

  it('marks a whole section when it precedes a heading, up to the next heading of the same level', () => {
    const body =
      'Reporting.\n\n<!-- opinion -->\n## Analysis\n\nFirst view.\n\n### Detail\n\nSecond view.\n\n## ' +
      'Timeline\n\nFacts.';
    const passages = splitPassages('story', body);
    expect(passages.map((passage) => [passage.section, passage.opinion])).toEqual([
      [null, false],
      ['Analysis', true],
      ['Detail', true],
      ['Timeline', false],
    ]);
  });

  it('marks a short list and its lead-in when the marker is before the list', () => {
    const passages = splitPassages('story', 'We see two risks:\n<!-- opinion -->\n- escalation\n- retaliation');
    expect(passages.map((passage) => [passage.kind, passage.opinion])).toEqual([['list', true]]);
  });
});

describe('splitPassages: stability and safety', () => {
  it('gives the same passages on every run', () => {
    const body = 'Lead.\n\n## A\n\nOne:\n- x\n- y\n\n| t |\n|---|\n\nEnd.';
    expect(splitPassages('story', body)).toEqual(splitPassages('story', body));
  });

  it('returns no passages for a body of only headings, comments and blank lines', () => {
    expect(splitPassages('story', '\n## Heading\n\n<!-- nothing yet -->\n\n   \n')).toEqual([]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (body) => {
        splitPassages('story', body);
      }),
    );
  });

  it('on any Markdown-like text, numbers passages 1..n with matching ids and non-empty trimmed text', () => {
    const piece = fc.constantFrom(
      '-',
      '- ',
      '* ',
      '1. ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '#',
      '## ',
      '| ',
      ' |',
      '<!--',
      '-->',
      '<!-- opinion -->\n',
      'opinion',
      'word',
      'é',
      'e\u0301',
      ':',
      '> ',
      '\t',
      '---',
      '\u200B',
      '\u00AD',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const passages = splitPassages('story', pieces.join(''));
        passages.forEach((passage, index) => {
          expect(passage.paragraph).toBe(index + 1);
          expect(passage.id).toBe(`story:${index + 1}`);
          expect(passage.text).not.toBe('');
          expect(passage.text).toBe(passage.text.trim());
          expect(passage.text).toBe(passage.text.normalize('NFC'));
          expect(passage.text).not.toMatch(/[\u200B\u00AD\r]/);
        });
      }),
    );
  });

  it('never loses a word of the body: every word outside headings appears in some passage', () => {
    const word = fc.stringMatching(/^[A-Za-zé0-9]{1,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const block = fc.oneof(
      line.map((text) => ({ text, words: text })),
      fc
        .array(line, { minLength: 1, maxLength: 4 })
        .map((lines) => ({ text: lines.join('\n'), words: lines.join(' ') })),
      fc
        .array(line, { minLength: 1, maxLength: 5 })
        .map((items) => ({ text: items.map((item) => `- ${item}`).join('\n'), words: items.join(' ') })),
      fc
        .array(line, { minLength: 1, maxLength: 3 })
        .map((cells) => ({ text: cells.map((cell) => `| ${cell} |`).join('\n'), words: cells.join(' ') })),
      line.map((text) => ({ text: `## ${text}`, words: '' })),
      line.map((text) => ({ text: `<!-- opinion -->\n${text}`, words: text })),
      fc.constantFrom({ text: 'Lead-in:', words: 'Lead in' }),
    );
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 12 }),
        fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n'),
        (blocks, separator) => {
          const body = blocks.map((entry) => entry.text).join(separator);
          const passageWords = new Set(
            splitPassages('story', body).flatMap((passage) => passage.text.match(/[\p{L}\p{N}]+/gu) ?? []),
          );
          const bodyWords = blocks.flatMap((entry) => entry.words.match(/[\p{L}\p{N}]+/gu) ?? []);
          for (const bodyWord of bodyWords) expect(passageWords).toContain(bodyWord);
        },
      ),
    );
  });
});

/** No lone surrogate: the text survives a round trip through UTF-8. */
const isWellFormed = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text)) === text;

describe('splitPassages: paragraphs longer than MAX_PASSAGE_CHARS', () => {
  it('splits one between sentences into parts ¶ n.1, n.2 … and keeps the numbers of the paragraphs after it', () => {
    const sentence = (index: number) =>
      `Sentence ${index} of the long scraped paragraph says a little more about ` + `the talks.`;
    const long = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');
    const passages = splitPassages('story', `Lead.\n\n${long}\n\nAfter.`);
    const parts = passages.filter((passage) => passage.paragraph === 2);
    expect(parts.length).toBeGreaterThan(long.length / MAX_PASSAGE_CHARS);
    expect(parts.map((passage) => [passage.id, passage.part])).toEqual(
      parts.map((_, index) => [`story:2.${index + 1}`, index + 1]),
    );
    expect(
      parts.every(
        (passage) => passage.text.length <= MAX_PASSAGE_CHARS && /^Sentence \d+ .*talks\.$/.test(passage.text),
      ),
    ).toBe(true);
    expect(parts.map((passage) => passage.text).join(' ')).toBe(long);
    expect(passages.map((passage) => passage.id)).toEqual([
      'story:1',
      ...parts.map((passage) => passage.id),
      'story:3',
    ]);
    expect(passages[0]?.part).toBeUndefined();
  });

  it(
    'cuts a sentence longer than the limit between words, and a text with no space anywhere but inside a ' +
      'character',
    () => {
      const words = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
      const wordParts = splitPassages('story', words).map((passage) => passage.text);
      expect(wordParts.every((text) => text.length <= MAX_PASSAGE_CHARS && /^word\d+( word\d+)*$/.test(text))).toBe(
        true,
      );
      expect(wordParts.join(' ')).toBe(words);
      const emoji = '😀'.repeat(1_500);
      const emojiParts = splitPassages('story', emoji).map((passage) => passage.text);
      expect(emojiParts.every((text) => text.length <= MAX_PASSAGE_CHARS && isWellFormed(text))).toBe(true);
      expect(emojiParts.join('')).toBe(emoji);
    },
  );

  it('leaves a paragraph of exactly MAX_PASSAGE_CHARS whole', () => {
    const text = `${'a'.repeat(MAX_PASSAGE_CHARS - 1)}.`;
    expect(splitPassages('story', text)).toEqual([
      { id: 'story:1', articleId: 'story', paragraph: 1, section: null, kind: 'paragraph', text, opinion: false },
    ]);
  });
});
