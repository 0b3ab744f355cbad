// The one formatter (src/discord/replies/), every reply kind: Discord's limits held for any input (property tests),
// escaping of everything echoed, and how each kind lays out an answer.
import fc from 'fast-check';
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/corpus/types.js';
import type { Answer, Quotes, SearchResult, SourceSummary, Statement } from '../../../src/search/index.js';
import { decodeCustomId, questionHash } from '../../../src/discord/components/custom-id.js';
import {
  cutText,
  declinedReply,
  formatAskReply,
  formatFullPassageReply,
  formatSnippet,
  formatSourceChoices,
  formatSourcesReply,
  formatCheckReply,
  formatFreeTextChoices,
  formatPublishedCheck,
  formatQuotesReply,
  questionFromFooter,
  TIER_COLOURS,
  usageReply,
  voteRecordedReply,
  type ReplyPayload,
} from '../../../src/discord/replies/index.js';
import { MAX_CUSTOM_ID_LENGTH } from '../../../src/discord/reply-limits.js';
import { autocompleteLimitViolations, messageLimitViolations } from '../../e2e/stand-in/limits.js';

// Text that tries to break things: Markdown, mentions, emoji (surrogate pairs), long words, control characters.
const hostileWord = fc.constantFrom(
  '@everyone',
  '@here',
  '**',
  '__',
  '`',
  '```',
  '||',
  '> ',
  '# ',
  '- ',
  '[x](http://e.com)',
  '\\',
  '😀',
  'é',
  '\u0000',
  '\n',
  ' ',
  'Sheinbaum',
  'cartel',
  'x'.repeat(400),
);
const hostileText = (maxWords: number) =>
  fc
    .array(fc.oneof(hostileWord, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })), {
      maxLength: maxWords,
    })
    .map((words) => words.join(' '));

const searchResult: fc.Arbitrary<SearchResult> = fc
  .record({
    articleId: fc.stringMatching(/^[a-z0-9-]{1,120}$/),
    title: hostileText(60),
    outlet: fc.option(hostileText(20), { nil: undefined }),
    url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }),
    paragraph: fc.integer({ min: 1, max: 99_999 }),
    section: fc.option(hostileText(40), { nil: null }),
    text: hostileText(300),
    spans: fc.array(fc.record({ text: hostileText(40), marked: fc.boolean() }), { maxLength: 30 }),
    alsoIn: fc.array(
      fc.record({
        articleId: fc.string(),
        title: hostileText(30),
        outlet: fc.option(hostileText(10), { nil: undefined }),
        paragraph: fc.nat(500),
      }),
      { maxLength: 40 },
    ),
    opinion: fc.boolean(),
    confidence: fc.constantFrom('high' as const, 'low' as const),
  })
  .map((generated) => ({
    id: `${generated.articleId}:${generated.paragraph}`,
    articleId: generated.articleId,
    title: generated.title,
    outlet: generated.outlet,
    url: generated.url,
    paragraph: generated.paragraph,
    section: generated.section,
    text: generated.text,
    snippet: generated.spans.map((span) => (span.marked ? `**${span.text}**` : span.text)).join(''),
    snippetSpans: generated.spans,
    textSpans: [{ text: generated.text, marked: false }],
    score: 1,
    alsoIn: generated.alsoIn,
    reportedBy: 1 + generated.alsoIn.length,
    opinion: generated.opinion,
    confidence: generated.confidence,
  }));

function answerOf(results: SearchResult[], total = results.length, question = 'what did Sheinbaum say'): Answer {
  return { question, results, declined: results.length === 0, total, articleCount: 5 };
}

/** Every string a payload shows, for "never an unescaped mass mention" checks. */
function visibleTexts(payload: ReplyPayload): string[] {
  const texts = [payload.content ?? ''];
  for (const embed of payload.embeds ?? []) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}

function customIds(payload: ReplyPayload): string[] {
  return (payload.components ?? []).flatMap((row) =>
    row.components.flatMap((component) => ('custom_id' in component ? [component.custom_id] : [])),
  );
}

const result = (overrides: Partial<SearchResult> = {}): SearchResult => ({
  id: 'trump-says:4',
  articleId: 'trump-says',
  title: 'Trump says US will hit drug cartels on land',
  outlet: 'Reuters',
  url: 'https://example.com/story',
  paragraph: 4,
  section: 'Mexico responds',
  text: 'Sheinbaum said Mexico would not accept intervention. She spoke in Mexico City.',
  snippet: '**Sheinbaum** **said** Mexico would not accept intervention.',
  snippetSpans: [
    { text: 'Sheinbaum', marked: true },
    { text: ' ', marked: false },
    { text: 'said', marked: true },
    { text: ' Mexico would not accept intervention.', marked: false },
  ],
  textSpans: [
    { text: 'Sheinbaum', marked: true },
    { text: ' ', marked: false },
    { text: 'said', marked: true },
    { text: ' Mexico would not accept intervention. She spoke in Mexico City.', marked: false },
  ],
  score: 3,
  alsoIn: [],
  reportedBy: 1,
  opinion: false,
  confidence: 'high',
  ...overrides,
});

describe('the /ask reply', () => {
  it(
    'leads with the best passage as a quotation, its citation on one line under it: linked headline, outlet, ¶, ' +
      'section',
    () => {
      const reply = formatAskReply({
        question: 'what did Sheinbaum say',
        answer: answerOf([result()], 1),
        limit: 3,
        offset: 0,
        isPrivate: false,
      });
      expect(reply.embeds).toEqual([
        {
          description:
            '> **Sheinbaum** **said** Mexico would not accept intervention.\n— [Trump says US will hit drug cartels ' +
            'on land](https://example.com/story) · Reuters · ¶ 4 · section “Mexico responds”',
          color: TIER_COLOURS.high,
          footer: { text: '1 passage matched · showing 1–1 · asked: what did Sheinbaum say' },
        },
      ]);
      expect(reply.content).toBeUndefined();
      expect(reply.allowedMentions).toEqual({ parse: [] });
      expect(reply.flags).toBeUndefined();
    },
  );

  it('names who a credited pronoun stands for: she [Claudia Sheinbaum] reiterated', () => {
    const credited = result({
      snippetSpans: [
        { text: 'Nonetheless, ', marked: false },
        { text: 'she', marked: true, speaker: 'Claudia Sheinbaum' },
        { text: ' reiterated her stance.', marked: false },
      ],
    });
    const reply = formatAskReply({
      question: 'q',
      answer: answerOf([credited]),
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply.embeds?.[0]?.description).toMatch(
      /^> Nonetheless, \*\*she\*\* \[Claudia Sheinbaum\] reiterated her stance\.\n/,
    );
  });

  it('marks an answer given only at low confidence as the closest coverage, in the low tier colour', () => {
    const reply = formatAskReply({
      question: 'q',
      answer: answerOf([result({ confidence: 'low' })]),
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply.content).toBe('Closest coverage — may not answer this exactly.');
    expect(reply.embeds?.[0]?.color).toBe(TIER_COLOURS.low);
  });

  it('says under a further passage that is only the closest coverage that it may not answer, not by colour alone', () => {
    const reply = formatAskReply({
      question: 'q',
      answer: answerOf([result(), result({ id: 'b:2', articleId: 'b', paragraph: 2, confidence: 'low' })]),
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply.content).toBeUndefined();
    expect(reply.embeds?.[0]?.description).not.toContain('closest coverage');
    expect(reply.embeds?.[1]?.description?.endsWith('\n_closest coverage — may not answer this exactly_')).toBe(true);
    expect(reply.embeds?.[1]?.color).toBe(TIER_COLOURS.low);
  });

  it('keeps further passages shorter than the lead and unquoted', () => {
    const long = 'Sheinbaum said many things about sovereignty and cooperation with the neighbours. '.repeat(12);
    const results = [
      result({ snippetSpans: [{ text: long, marked: false }] }),
      result({ id: 'b:2', articleId: 'b', paragraph: 2, snippetSpans: [{ text: long, marked: false }] }),
    ];
    const [lead, further] =
      formatAskReply({ question: 'q', answer: answerOf(results), limit: 3, offset: 0, isPrivate: false }).embeds ?? [];
    expect(lead?.description?.startsWith('> ')).toBe(true);
    expect(further?.description?.startsWith('> ')).toBe(false);
    expect((further?.description ?? '').length).toBeLessThan((lead?.description ?? '').length / 2);
  });

  it('lists the folded near-duplicates as "Also reported by", by outlet or a headline cut at a word', () => {
    const folded = result({
      alsoIn: [
        { articleId: 'b', title: 'B', outlet: 'AP', paragraph: 7 },
        {
          articleId: 'c',
          title: 'Mexico rejects any military intervention on its soil, says the president of Mexico',
          paragraph: 2,
        },
      ],
    });
    const reply = formatAskReply({ question: 'q', answer: answerOf([folded]), limit: 3, offset: 0, isPrivate: false });
    expect(reply.embeds?.[0]?.description?.split('\n').at(-1)).toBe(
      'Also reported by AP (¶ 7), Mexico rejects any military intervention on its soil, says… (¶ 2)',
    );
  });

  it(
    'offers "More results" carrying the next offset and the question, 👍/👎, and one "Full passage" button per ' +
      'result',
    () => {
      const results = [result(), result({ id: 'other:9', articleId: 'other', paragraph: 9 })];
      const reply = formatAskReply({
        question: 'what did Sheinbaum say',
        answer: answerOf(results, 7),
        limit: 2,
        offset: 0,
        isPrivate: false,
      });
      const ids = customIds(reply);
      expect(ids).toEqual([
        'more:1::2:2:=what did Sheinbaum say',
        'vote:up',
        'vote:down',
        'passage:trump-says:4',
        'passage:other:9',
      ]);
      expect(
        reply.components?.[0]?.components.map((component) => ('label' in component ? component.label : '')),
      ).toEqual(['More results', 'Useful', 'Not useful']);
      expect(
        reply.components?.[1]?.components.map((component) => ('label' in component ? component.label : '')),
      ).toEqual(['Full passage 1', 'Full passage 2']);
    },
  );

  it('has no "More results" button on the last page', () => {
    const reply = formatAskReply({
      question: 'q',
      answer: answerOf([result()], 4),
      limit: 3,
      offset: 3,
      isPrivate: false,
    });
    expect(customIds(reply)).toEqual(['vote:up', 'vote:down', 'passage:trump-says:4']);
    expect(reply.embeds?.[0]?.footer?.text).toBe('4 passages matched · showing 4–4 · asked: q');
  });

  it('is ephemeral when asked privately', () => {
    const reply = formatAskReply({ question: 'q', answer: answerOf([result()]), limit: 3, offset: 0, isPrivate: true });
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
  });

  it('declines briefly and ephemerally with one tip, echoing the question escaped', () => {
    const reply = formatAskReply({
      question: 'What did **Justin Trudeau** say? @everyone',
      answer: answerOf([]),
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply).toEqual(declinedReply('What did **Justin Trudeau** say? @everyone'));
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toBe(
      "The coverage doesn't answer “What did \\*\\*Justin Trudeau\\*\\* say? @\u200beveryone”. Try rephrasing with " +
        'a name or a word from the story, or run /sources to see what is covered.',
    );
  });

  it('keeps a long question out of the custom_id and reads it back from the footer', () => {
    const question = `what did the president say about ${'sovereignty and cooperation '.repeat(9)}@everyone`.slice(
      0,
      300,
    );
    const reply = formatAskReply({
      question,
      answer: answerOf([result()], 9),
      limit: 1,
      offset: 0,
      sourceId: 'trump-says',
      isPrivate: false,
    });
    const more = customIds(reply).find((id) => id.startsWith('more:')) ?? '';
    expect(more.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
    const state = decodeCustomId(more);
    expect(state).toMatchObject({ kind: 'more', offset: 1, limit: 1, questionHash: questionHash(question) });
    expect(questionFromFooter(reply.embeds?.[0]?.footer?.text ?? '')).toBe(question);
  });

  it(
    'respects every Discord limit, never shows a live mass mention, and never allows mentions, for any ' + 'results',
    () => {
      fc.assert(
        fc.property(
          fc.array(searchResult, { minLength: 1, maxLength: 5 }),
          fc.string({ maxLength: 300 }),
          fc.integer({ min: 1, max: 5 }),
          fc.nat(500),
          fc.boolean(),
          (results, question, limit, offset, isPrivate) => {
            const reply = formatAskReply({
              question,
              answer: answerOf(results, offset + results.length + 3),
              limit,
              offset,
              isPrivate,
            });
            expect(messageLimitViolations(reply)).toEqual([]);
            expect(reply.allowedMentions).toEqual({ parse: [] });
            for (const text of visibleTexts(reply)) expect(text).not.toMatch(/@(everyone|here)/i);
            for (const id of customIds(reply)) {
              expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
              expect(decodeCustomId(id)).toBeDefined();
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});

describe('snippets', () => {
  it('escapes Markdown inside passage text so it cannot break the formatting', () => {
    expect(
      formatSnippet(
        [
          { text: 'a *star* and __under__ `code`', marked: false },
          { text: ' cartel', marked: true },
        ],
        200,
      ),
    ).toBe('a \\*star\\* and \\_\\_under\\_\\_ \\`code\\` **cartel**');
  });

  it('joins adjacent marked spans into one bold run', () => {
    expect(
      formatSnippet(
        [
          { text: 'drug', marked: true },
          { text: ' cartels', marked: true },
          { text: ' on land', marked: false },
        ],
        200,
      ),
    ).toBe('**drug cartels** on land');
  });

  it('cuts long snippets at a word boundary with an ellipsis and keeps bold balanced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: hostileText(30), marked: fc.boolean() }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 600 }),
        (spans, max) => {
          const rendered = formatSnippet(spans, max);
          expect(rendered.length).toBeLessThanOrEqual(max);
          // Escaped characters aside, bold markers come in pairs.
          expect((rendered.replace(/\\./gs, '').match(/\*\*/g) ?? []).length % 2).toBe(0);
        },
      ),
    );
  });

  it('cutText ends at a word boundary', () => {
    expect(cutText('Mexico rejects any military intervention on its soil', 30)).toBe('Mexico rejects any military…');
  });
});

describe('the full passage reply', () => {
  const passage = (paragraph: number, text: string): Passage => ({
    id: `a:${paragraph}`,
    articleId: 'a',
    paragraph,
    section: 'Reaction',
    kind: 'paragraph',
    text,
    opinion: false,
  });

  it('shows the paragraph with its neighbours, ephemerally', () => {
    const reply = formatFullPassageReply({
      article: { title: 'Headline', outlet: 'AP' },
      passage: passage(4, 'The middle.'),
      before: passage(3, 'Before.'),
      after: passage(5, 'After.'),
    });
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds?.[0]).toEqual({
      title: 'Headline',
      description: '**¶ 3**\nBefore.\n\n**¶ 4**\nThe middle.\n\n**¶ 5**\nAfter.',
      footer: { text: 'AP · section: Reaction' },
    });
  });

  it('fits any passage into one embed', () => {
    fc.assert(
      fc.property(
        hostileText(2_000),
        fc.option(hostileText(1_000), { nil: undefined }),
        hostileText(80),
        (text, neighbour, title) => {
          const reply = formatFullPassageReply({
            article: { title },
            passage: passage(2, text),
            before: neighbour === undefined ? undefined : passage(1, neighbour),
            after: passage(3, text),
          });
          expect(messageLimitViolations(reply)).toEqual([]);
          for (const shown of visibleTexts(reply)) expect(shown).not.toMatch(/@(everyone|here)/i);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the /sources reply', () => {
  const source = (index: number, overrides: Partial<SourceSummary> = {}): SourceSummary => ({
    id: `article-${index}`,
    title: `Headline number ${index}`,
    outlet: 'Reuters',
    author: 'Dave Graham',
    published: '2025-03-01',
    paragraphs: 12,
    ...overrides,
  });

  it('lists every article with headline, outlet, author, date and paragraph count in one embed', () => {
    const reply = formatSourcesReply([source(1), source(2, { author: undefined, url: 'https://example.com/2' })]);
    expect(reply.components).toBeUndefined();
    expect(reply.embeds?.[0]?.fields).toEqual([
      { name: 'Headline number 1', value: 'Reuters · by Dave Graham · 2025-03-01 · 12 paragraphs\nid `article-1`' },
      {
        name: 'Headline number 2',
        value: 'Reuters · 2025-03-01 · 12 paragraphs\nid `article-2` · [link](https://example.com/2)',
      },
    ]);
    expect(reply.embeds?.[0]?.footer?.text).toBe('2 articles');
  });

  it('pages a corpus larger than one embed with Previous/Next buttons', () => {
    const sources = Array.from({ length: 60 }, (_, index) => source(index));
    const first = formatSourcesReply(sources, 0);
    expect(first.embeds?.[0]?.fields).toHaveLength(25);
    expect(first.embeds?.[0]?.footer?.text).toBe('Page 1 of 3 · 60 articles');
    expect(first.components?.[0]?.components).toMatchObject([
      { label: 'Previous', custom_id: 'sources:0', disabled: true },
      { label: 'Next', custom_id: 'sources:1', disabled: false },
    ]);
    const last = formatSourcesReply(sources, 7);
    expect(last.embeds?.[0]?.footer?.text).toBe('Page 3 of 3 · 60 articles');
    expect(last.embeds?.[0]?.fields).toHaveLength(10);
  });

  it('keeps every page within the limits for any articles', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 200 }),
            title: hostileText(80),
            outlet: fc.option(hostileText(20), { nil: undefined }),
            author: fc.option(hostileText(20), { nil: undefined }),
            published: fc.option(fc.constant('2025-01-02'), { nil: undefined }),
            url: fc.option(fc.webUrl(), { nil: undefined }),
            paragraphs: fc.nat(10_000),
          }),
          { minLength: 1, maxLength: 80 },
        ),
        fc.nat(10),
        (sources, page) => {
          const reply = formatSourcesReply(sources, page);
          expect(messageLimitViolations(reply)).toEqual([]);
          expect(reply.allowedMentions).toEqual({ parse: [] });
          for (const text of visibleTexts(reply)) expect(text).not.toMatch(/@(everyone|here)/i);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('source autocomplete', () => {
  const articles = [
    { id: 'trump-says-us-will-hit-drug-cartels-on-land', title: 'Trump says US will hit drug cartels on land' },
    { id: 'resist-hate', title: 'Resist hate: Trump signals military action' },
  ];

  it('filters by headline or id, case-insensitively', () => {
    expect(formatSourceChoices(articles, 'CARTELS')).toEqual([
      { name: 'Trump says US will hit drug cartels on land', value: 'trump-says-us-will-hit-drug-cartels-on-land' },
    ]);
    expect(formatSourceChoices(articles, 'resist-')).toEqual([
      { name: 'Resist hate: Trump signals military action', value: 'resist-hate' },
    ]);
    expect(formatSourceChoices(articles, '')).toHaveLength(2);
  });

  it('offers at most 25 choices with names of at most 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      id: `a-${index}`,
      title: `${'Long headline '.repeat(12)}${index}`,
    }));
    const choices = formatSourceChoices(many, 'long');
    expect(choices).toHaveLength(25);
    expect(autocompleteLimitViolations({ choices })).toEqual([]);
  });
});

describe('text echoed back', () => {
  it('drops bidirectional overrides and control characters from the question in the footer and in a decline', () => {
    const question = 'what did \u202eSheinbaum\u0000 say';
    const answered = formatAskReply({ question, answer: answerOf([result()]), limit: 3, offset: 0, isPrivate: false });
    expect(answered.embeds?.[0]?.footer?.text).toBe('1 passage matched · showing 1–1 · asked: what did Sheinbaum say');
    expect(declinedReply(question).content).toContain('“what did Sheinbaum say”');
  });
});

const statement = (overrides: Partial<Statement> = {}): Statement => ({
  articleId: 'resist-hate',
  title: 'Trump Signals Possible U.S. Military Action',
  outlet: 'Resist Hate',
  paragraph: 10,
  section: 'Why this matters…',
  text: 'Nonetheless, she reiterated that “any unilateral action would be a grave violation.”',
  spans: [
    { text: 'Nonetheless, ', marked: false },
    { text: 'she', marked: false, speaker: 'Claudia Sheinbaum' },
    { text: ' reiterated that “any unilateral action would be a grave violation.”', marked: false },
  ],
  speaker: 'Claudia Sheinbaum',
  kind: 'quote',
  alsoIn: [],
  reportedBy: 1,
  opinion: false,
  ...overrides,
});
const quotesOf = (statements: Statement[], who = 'Sheinbaum'): Quotes => ({
  who,
  people: statements.length > 0 ? ['Claudia Sheinbaum'] : [],
  statements,
  articleCount: 5,
});

describe('the /quotes reply', () => {
  it('shows each statement as a quotation with the speaker named, cited by headline, ¶ and section', () => {
    const reply = formatQuotesReply(
      quotesOf([statement({ reportedBy: 2, alsoIn: [{ articleId: 'b', title: 'B', outlet: 'AP', paragraph: 5 }] })]),
      0,
      { isPrivate: false },
    );
    expect(reply.embeds?.[0]?.title).toBe('What Claudia Sheinbaum said in the coverage');
    expect(reply.embeds?.[0]?.description).toBe(
      '> Nonetheless, she [Claudia Sheinbaum] reiterated that “any unilateral action would be a grave ' +
        'violation.”\n— Trump Signals Possible U.S. Military Action · Resist Hate · ¶ 10 · section “Why this ' +
        'matters…” · reported by 2 of 5 sources\nAlso reported by AP (¶ 5)',
    );
    expect(reply.components).toBeUndefined();
  });

  it('pages more than five statements with Previous/Next that carry the person', () => {
    const many = Array.from({ length: 12 }, (_, index) => statement({ paragraph: index + 1 }));
    const reply = formatQuotesReply(quotesOf(many), 1, { isPrivate: false });
    expect(reply.embeds?.[0]?.footer?.text).toBe('Page 2 of 3 · 12 statements in article order · 5 articles');
    expect(customIds(reply)).toEqual(['quotes:0:=Sheinbaum', 'quotes:2:=Sheinbaum']);
    expect(decodeCustomId('quotes:2:=Sheinbaum')).toEqual({ kind: 'quotes', page: 2, who: 'Sheinbaum' });
  });

  it('says plainly that a person the coverage never quotes is not quoted in it', () => {
    const reply = formatQuotesReply(quotesOf([], 'Justin Trudeau'), 0, { isPrivate: false });
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toMatch(/^Justin Trudeau is not quoted in the coverage\./);
  });

  it('respects every Discord limit for any statements and any page', () => {
    const anyStatement = fc
      .record({
        title: hostileText(40),
        outlet: fc.option(hostileText(10), { nil: undefined }),
        text: hostileText(200),
        section: fc.option(hostileText(20), { nil: null }),
        paragraph: fc.integer({ min: 1, max: 99_999 }),
        speaker: hostileText(10),
      })
      .map((generated) =>
        statement({
          ...generated,
          spans: [
            { text: generated.text, marked: false },
            { text: 'she', marked: false, speaker: generated.speaker },
          ],
        }),
      );
    fc.assert(
      fc.property(fc.array(anyStatement, { maxLength: 30 }), hostileText(10), fc.nat(10), (statements, who, page) => {
        const reply = formatQuotesReply(quotesOf(statements, who.slice(0, 80)), page, { isPrivate: false });
        expect(messageLimitViolations(reply)).toEqual([]);
        for (const text of visibleTexts(reply)) expect(text).not.toMatch(/@(everyone|here)/i);
        for (const id of customIds(reply)) expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
      }),
      { numRuns: 80 },
    );
  });
});

describe('the "Check against coverage" reply', () => {
  it(
    'answers privately, answer first, with "Post in channel", 👍/👎 and the full passages, and the searched words ' +
      'in the footer',
    () => {
      const reply = formatCheckReply({ searched: 'Sheinbaum sovereignty', answer: answerOf([result()]) });
      expect(reply.flags).toBe(MessageFlags.Ephemeral);
      expect(reply.embeds?.[0]?.description?.startsWith('> ')).toBe(true);
      expect(customIds(reply)).toEqual(['publish', 'vote:up', 'vote:down', 'passage:trump-says:4']);
      expect(questionFromFooter(reply.embeds?.[0]?.footer?.text ?? '')).toBe('Sheinbaum sovereignty');
    },
  );

  it('posts the same answer publicly, without "Post in channel", naming who shared it without pinging', () => {
    const check = formatCheckReply({ searched: 'Sheinbaum sovereignty', answer: answerOf([result()]) });
    const posted = formatPublishedCheck({
      embeds: check.embeds ?? [],
      components: check.components ?? [],
      userId: '1100000000000000001',
    });
    expect(posted.flags).toBeUndefined();
    expect(posted.embeds).toEqual(check.embeds);
    expect(customIds(posted)).toEqual(['vote:up', 'vote:down', 'passage:trump-says:4']);
    expect(posted.content).toBe('<@1100000000000000001> checked a message against the coverage:');
    expect(posted.allowedMentions).toEqual({ parse: [] });
  });

  it('respects every Discord limit for any results and any searched words, private or posted', () => {
    fc.assert(
      fc.property(fc.array(searchResult, { maxLength: 5 }), hostileText(60), (results, searched) => {
        const reply = formatCheckReply({ searched, answer: answerOf(results) });
        const posted = formatPublishedCheck({
          embeds: reply.embeds ?? [],
          components: reply.components ?? [],
          userId: '1',
        });
        for (const payload of [reply, posted]) {
          expect(messageLimitViolations(payload)).toEqual([]);
          for (const text of visibleTexts(payload)) expect(text).not.toMatch(/@(everyone|here)/i);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('notices', () => {
  it('answers "help" with a short usage naming /ask, /quotes, /compare and /sources', () => {
    const reply = usageReply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    for (const command of ['/ask', '/quotes', '/compare', '/sources']) expect(reply.content).toContain(command);
    expect(reply.content).not.toContain("doesn't answer");
  });

  it('thanks the voter privately', () => {
    expect(voteRecordedReply('up')).toMatchObject({ content: 'Thanks — 👍 recorded.', flags: MessageFlags.Ephemeral });
  });
});

describe('free-text autocomplete', () => {
  it('offers what was typed first, then the names that contain it', () => {
    expect(formatFreeTextChoices(['Claudia Sheinbaum', 'Donald Trump'], 'shein')).toEqual([
      { name: 'shein', value: 'shein' },
      { name: 'Claudia Sheinbaum', value: 'Claudia Sheinbaum' },
    ]);
    expect(formatFreeTextChoices(['Claudia Sheinbaum', 'Donald Trump'], '').map((choice) => choice.value)).toEqual([
      'Claudia Sheinbaum',
      'Donald Trump',
    ]);
  });

  it('stays within 25 choices of at most 100 characters for anything typed', () => {
    fc.assert(
      fc.property(fc.array(hostileText(20), { maxLength: 60 }), hostileText(30), (names, typed) => {
        const choices = formatFreeTextChoices(names, typed);
        expect(autocompleteLimitViolations({ choices })).toEqual([]);
        for (const choice of choices) expect(choice.value.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 80 },
    );
  });
});
