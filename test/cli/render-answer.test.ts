import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECLINE_IN_SOURCE_MESSAGE,
  DECLINE_MESSAGE,
  renderAnswer,
  renderSpans,
  toAskJson,
} from '../../src/cli/render-answer.js';
import type { Answer, SearchResult } from '../../src/search/index.js';

function result(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    id: 'trump-declares-us-land-strikes-cartels:4',
    articleId: 'trump-declares-us-land-strikes-cartels',
    title: 'Trump declares US land strikes on cartels',
    outlet: 'Example Times',
    paragraph: 4,
    section: 'Mexico responds',
    text: 'Sheinbaum said that sovereignty must be respected. Sheinbaum spoke on Monday.',
    snippet: '**Sheinbaum** said that **sovereignty** must be respected.',
    snippetSpans: [
      { text: 'Sheinbaum', marked: true },
      { text: ' said that ', marked: false },
      { text: 'sovereignty', marked: true },
      { text: ' must be respected.', marked: false },
    ],
    textSpans: [
      { text: 'Sheinbaum', marked: true },
      { text: ' said that ', marked: false },
      { text: 'sovereignty', marked: true },
      { text: ' must be respected. ', marked: false },
      { text: 'Sheinbaum', marked: true },
      { text: ' spoke on Monday.', marked: false },
    ],
    score: 12.5,
    alsoIn: [],
    reportedBy: 1,
    opinion: false,
    confidence: 'high',
    ...overrides,
  };
}

function answer(results: SearchResult[], overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'what did Sheinbaum say',
    results,
    declined: results.length === 0,
    total: results.length,
    articleCount: 5,
    ...overrides,
  };
}

const plain = { style: 'markdown' as const, showQuestion: false, source: null };

describe('renderAnswer', () => {
  it('marks each closest-coverage passage after an answering one, and notes once above an answer that is all closest', () => {
    const mixed = renderAnswer(answer([result(), result({ confidence: 'low', paragraph: 7 })]), plain);
    const [first, second] = mixed.split('\n\n');
    expect(first).not.toContain('closest coverage');
    expect(second?.split('\n').at(-1)).toBe('   closest coverage — may not answer this exactly');
    const allLow = renderAnswer(answer([result({ confidence: 'low' })]), plain);
    expect(allLow.startsWith('Closest coverage — may not answer this exactly.\n\n')).toBe(true);
    expect(allLow).not.toContain('   closest coverage');
  });

  it('numbers each passage and follows it with its citation line', () => {
    expect(renderAnswer(answer([result()]), plain)).toBe(
      [
        '1. **Sheinbaum** said that **sovereignty** must be respected. **Sheinbaum** spoke on Monday.',
        '   — Trump declares US land strikes on cartels · Example Times · ¶ 4 · Mexico responds',
      ].join('\n'),
    );
  });

  it('lists where else the passage is reported and how many sources report it', () => {
    const folded = result({
      alsoIn: [
        { articleId: 'b', title: 'B headline', outlet: 'Outlet B', paragraph: 7 },
        { articleId: 'c', title: 'C headline', paragraph: 2 },
      ],
      reportedBy: 3,
    });
    const lines = renderAnswer(answer([folded]), plain).split('\n');
    expect(lines.slice(2)).toEqual(['   also in: Outlet B ¶ 7, C headline ¶ 2', '   reported by 3 of 5 sources']);
  });

  it('says plainly when the best passage is only the closest coverage', () => {
    const lines = renderAnswer(answer([result({ confidence: 'low' })]), plain).split('\n');
    expect(lines[0]).toBe('Closest coverage — may not answer this exactly.');
    expect(renderAnswer(answer([result()]), plain).split('\n')[0]).toMatch(/^1\. /);
  });

  it('leaves out the outlet and section when they are unknown and says when a passage is opinion', () => {
    const lines = renderAnswer(answer([result({ outlet: undefined, section: null, opinion: true })]), plain).split(
      '\n',
    );
    expect(lines[1]).toBe('   — Trump declares US land strikes on cartels · ¶ 4 · opinion');
  });

  it('separates results with a blank line and indents every line of a multi-line passage', () => {
    const list = result({
      text: 'Lead-in:\n- first\n- second',
      snippetSpans: [],
      textSpans: [{ text: 'Lead-in:\n- first\n- second', marked: false }],
    });
    const text = renderAnswer(answer([result(), list]), plain);
    expect(text).toContain('\n\n2. Lead-in:\n   - first\n   - second\n   — ');
  });

  it('marks words in bold ANSI for a terminal', () => {
    expect(
      renderSpans(
        [
          { text: 'Sheinbaum', marked: true },
          { text: ' spoke', marked: false },
        ],
        'ansi',
      ),
    ).toBe('\u001b[1mSheinbaum\u001b[22m spoke');
  });

  it('says the coverage does not answer a declined question and points to npm run sources', () => {
    expect(renderAnswer(answer([]), plain)).toBe(DECLINE_MESSAGE);
    expect(DECLINE_MESSAGE).toBe(
      "The coverage doesn't answer that. Try rephrasing with a name or a word from the story, or run `npm run " +
        'sources` to see what is covered.',
    );
  });

  it('suggests dropping --source when a search in one article declines', () => {
    expect(renderAnswer(answer([]), { ...plain, source: 'x' })).toBe(DECLINE_IN_SOURCE_MESSAGE);
    const unmentioned = answer([], { declinedFor: 'not-mentioned', missing: ['Trudeau', 'tariffs'] });
    expect(renderAnswer(unmentioned, { ...plain, source: 'x' })).toBe(
      'This article never mentions “Trudeau” or “tariffs”. Try rephrasing, drop --source to search every article, ' +
        'or run `npm run sources` to see what is covered.',
    );
  });

  it('shows the question above its answer when answering many questions', () => {
    expect(renderAnswer(answer([]), { ...plain, showQuestion: true })).toBe(
      `Q: what did Sheinbaum say\n${DECLINE_MESSAGE}`,
    );
    expect(renderAnswer(answer([result()]), { ...plain, showQuestion: true })).toMatch(
      /^Q: what did Sheinbaum say\n1\. /,
    );
  });

  it('echoes a question without its control characters, so escape sequences cannot act on the terminal', () => {
    const question = 'what\u001b[2J did\u0007 she say';
    expect(renderAnswer(answer([], { question }), { ...plain, showQuestion: true }).split('\n')[0]).toBe(
      'Q: what\ufffd[2J did\ufffd she say',
    );
  });

  it('says how many passages matched in all when more matched than are shown', () => {
    const text = renderAnswer(answer([result()], { total: 6 }), plain);
    expect(text.split('\n\n').at(-1)).toBe('(1 of 6 matching passages; --limit 10 shows more)');
  });
});

describe('toAskJson', () => {
  it('holds exactly the contract fields in order, then the additions', () => {
    const folded = result({
      alsoIn: [{ articleId: 'b', title: 'B', outlet: 'Outlet B', paragraph: 7 }],
      reportedBy: 2,
    });
    const json = toAskJson('what did Sheinbaum say?', answer([folded]));
    expect(Object.keys(json)).toEqual([
      'question',
      'results',
      'declined',
      'total',
      'articleCount',
      'declinedFor',
      'missing',
    ]);
    expect(Object.keys(json.results[0] ?? {})).toEqual([
      'id',
      'articleId',
      'title',
      'outlet',
      'paragraph',
      'section',
      'text',
      'snippet',
      'score',
      'alsoIn',
      'confidence',
      'reportedBy',
      'opinion',
      'url',
      'part',
    ]);
    expect(json.question).toBe('what did Sheinbaum say?');
    expect(json.results[0]?.snippet).toBe('**Sheinbaum** said that **sovereignty** must be respected.');
    expect(json.results[0]?.alsoIn).toEqual([
      { articleId: 'b', title: 'B', paragraph: 7, outlet: 'Outlet B', part: null },
    ]);
  });

  it('gives an empty result list for a declined question', () => {
    const json = toAskJson('weather', answer([result()], { declined: true }));
    expect(json.results).toEqual([]);
    expect(json.declined).toBe(true);
  });

  it('writes an unknown outlet as null, so the field is always there', () => {
    expect(toAskJson('q', answer([result({ outlet: undefined })])).results[0]?.outlet).toBeNull();
  });
});

describe('renderSpans, for any spans', () => {
  it("only adds marks: removing them gives back the spans' text", () => {
    const noStars = fc.string().map((text) => text.replace(/\*/g, ''));
    fc.assert(
      fc.property(fc.array(fc.record({ text: noStars, marked: fc.boolean() })), (spans) => {
        expect(renderSpans(spans, 'markdown').replace(/\*\*/g, '')).toBe(spans.map((span) => span.text).join(''));
      }),
    );
  });

  it('names the person a credited pronoun stands for, as in Discord: "she [Claudia Sheinbaum]"', () => {
    const spans = [
      { text: 'Nonetheless, ', marked: false },
      { text: 'she', marked: true, speaker: 'Claudia Sheinbaum' },
      { text: ' reiterated her stance.', marked: false },
    ];
    expect(renderSpans(spans, 'markdown')).toBe('Nonetheless, **she** [Claudia Sheinbaum] reiterated her stance.');
  });
});
