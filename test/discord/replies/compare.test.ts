// The /compare reply and the /ask corroboration line, as the formatter builds them.
import { MessageFlags } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAskReply, formatCompareReply } from '../../../src/discord/replies/index.js';
import type { ArticleAccount, Comparison, SearchResult } from '../../../src/search/index.js';

const result = (overrides: Partial<SearchResult> = {}): SearchResult => ({
  id: 'wire:4',
  articleId: 'wire',
  title: 'Morales rejects foreign strikes',
  outlet: 'Wire',
  paragraph: 4,
  section: 'Response',
  text: 'Morales said the strikes would violate the nation’s sovereignty.',
  snippet: '**Morales** said the strikes would violate the nation’s sovereignty.',
  snippetSpans: [
    { text: 'Morales', marked: true },
    { text: ' said the strikes would violate the nation’s sovereignty.', marked: false },
  ],
  textSpans: [
    { text: 'Morales', marked: true },
    { text: ' said the strikes would violate the nation’s sovereignty.', marked: false },
  ],
  score: 5,
  alsoIn: [],
  reportedBy: 1,
  opinion: false,
  confidence: 'high',
  ...overrides,
});

const account = (overrides: Partial<ArticleAccount> = {}): ArticleAccount => ({
  articleId: 'wire',
  title: 'Morales rejects foreign strikes',
  outlet: 'Wire',
  coverage: 'topic',
  passage: result(),
  depth: 2,
  sameAs: [],
  unmentioned: [],
  ...overrides,
});

const comparisonOf = (accounts: ArticleAccount[], overrides: Partial<Comparison> = {}): Comparison => ({
  topic: 'what did Morales say',
  covered: accounts.filter((entry) => entry.coverage === 'topic').length,
  sameAccountOnly: accounts.filter((entry) => entry.coverage === 'same-account').length,
  articleCount: accounts.length,
  declined: false,
  accounts,
  ...overrides,
});

describe('the /compare reply', () => {
  it('is one embed with a title counting the covering articles and one field per article, most complete first', () => {
    const blog = account({
      articleId: 'blog',
      title: 'Why the strikes are a mistake',
      outlet: undefined,
      depth: 1,
      passage: result({
        id: 'blog:1',
        articleId: 'blog',
        title: 'Why the strikes are a mistake',
        outlet: undefined,
        paragraph: 1,
        section: null,
        opinion: true,
      }),
      sameAs: [
        { articleId: 'wire', title: 'Morales rejects foreign strikes', outlet: 'Wire', paragraph: 4, resemblance: 0.4 },
      ],
    });
    const sports = account({
      articleId: 'sports',
      title: 'Cup final tonight',
      outlet: 'Sports Desk',
      coverage: 'none',
      passage: null,
      depth: 0,
      unmentioned: ['Morales'],
    });
    const reply = formatCompareReply(comparisonOf([account(), blog, sports]), { isPrivate: false });
    expect(reply.embeds).toEqual([
      {
        title: '2 of 3 articles cover “what did Morales say”',
        description: 'Most complete account first.',
        fields: [
          {
            name: '1. Wire',
            value:
              '**Morales** said the strikes would violate the nation’s sovereignty.\nMorales rejects foreign ' +
              'strikes · ¶ 4 · Response',
          },
          {
            name: '2. Why the strikes are a mistake',
            value:
              '**Morales** said the strikes would violate the nation’s sovereignty.\n¶ 1 · _opinion_\nsame account ' +
              'as: Wire ¶ 4',
          },
          { name: '3. Sports Desk', value: '_not covered — never mentions Morales_' },
        ],
      },
    ]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.flags).toBeUndefined();
    expect(reply.components).toBeUndefined();
  });

  it('says when an article tells the same account without the topic’s words', () => {
    const digest = account({ articleId: 'digest', outlet: 'Digest', coverage: 'same-account', depth: 0 });
    const reply = formatCompareReply(comparisonOf([account(), digest]), { isPrivate: false });
    expect(reply.embeds?.[0]?.description).toBe(
      '1 more tells the same account in other words. Most complete account first.',
    );
    expect(reply.embeds?.[0]?.fields?.[1]?.value).toContain(
      '_the same account in other words: found by resemblance, not by the topic’s words_',
    );
  });

  it('declines privately, naming how many articles were searched, when no article covers the topic', () => {
    const reply = formatCompareReply(
      comparisonOf([account({ coverage: 'none', passage: null, depth: 0 })], {
        covered: 0,
        declined: true,
        topic: 'weather in Paris',
      }),
      { isPrivate: false },
    );
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds).toBeUndefined();
    expect(reply.content).toBe(
      'None of the 1 article cover “weather in Paris”. Try a name or a word from the story, or run /sources to see ' +
        'what is covered.',
    );
  });

  it('shows the comparison only to the asker when private is true', () => {
    expect(formatCompareReply(comparisonOf([account()]), { isPrivate: true }).flags).toBe(MessageFlags.Ephemeral);
  });

  it('escapes the echoed topic and breaks @everyone so it never pings', () => {
    const reply = formatCompareReply(comparisonOf([account()], { topic: '@everyone **Morales**' }), {
      isPrivate: false,
    });
    expect(reply.embeds?.[0]?.title).toBe('1 of 1 article covers “@\u200beveryone \\*\\*Morales\\*\\*”');
  });

  it(
    'stays within 25 fields, 1,024 characters a value, 256 a name and 6,000 a message for any corpus size and ' +
      'text',
    () => {
      const longText = fc.string({ minLength: 0, maxLength: 3_000 });
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 60 }),
          longText,
          longText,
          fc.string({ maxLength: 400 }),
          (count, title, text, topic) => {
            const accounts = Array.from({ length: count }, (_, index) =>
              account({
                articleId: `a${index}`,
                title: title || 'headline',
                outlet: index % 2 === 0 ? undefined : title,
                coverage: index % 3 === 2 ? 'none' : 'topic',
                passage:
                  index % 3 === 2
                    ? null
                    : result({ text, snippetSpans: [{ text: text || 'x', marked: index % 2 === 0 }], section: title }),
                sameAs: [{ articleId: 'b', title, paragraph: 3, resemblance: 0.5 }],
              }),
            );
            const embed = formatCompareReply(comparisonOf(accounts, { topic }), { isPrivate: false }).embeds?.[0];
            const fields = embed?.fields ?? [];
            expect(fields.length).toBeLessThanOrEqual(25);
            for (const field of fields) {
              expect(field.value.length).toBeLessThanOrEqual(1_024);
              expect(field.value.length).toBeGreaterThan(0);
              expect(field.name.length).toBeLessThanOrEqual(256);
            }
            expect(embed?.title?.length).toBeLessThanOrEqual(256);
            const total =
              (embed?.title?.length ?? 0) +
              (embed?.description?.length ?? 0) +
              fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
            expect(total).toBeLessThanOrEqual(6_000);
            if (count > 25) expect(fields.at(-1)?.name).toBe(`and ${count - 24} more articles`);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

describe('the /ask reply: corroboration', () => {
  const answerOf = (results: SearchResult[]) => ({
    question: 'q',
    results,
    declined: false,
    total: results.length,
    articleCount: 5,
  });

  it('says "reported by 4 of 5 sources" on the citation line when the same fact was folded from four articles', () => {
    const widely = result({
      reportedBy: 4,
      alsoIn: [1, 2, 3].map((n) => ({ articleId: `o${n}`, title: `Other ${n}`, paragraph: n })),
    });
    const reply = formatAskReply({ question: 'q', answer: answerOf([widely]), limit: 3, offset: 0, isPrivate: false });
    expect(reply.embeds?.[0]?.description).toMatch(
      /\n— [^\n]* · Wire · ¶ 4 · section “Response” · reported by 4 of 5 sources\n/,
    );
  });

  it("says nothing about corroboration for a single outlet's claim, and marks opinion", () => {
    const reply = formatAskReply({
      question: 'q',
      answer: answerOf([result({ opinion: true })]),
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply.embeds?.[0]?.description).toMatch(/\n— [^\n]* · Wire · ¶ 4 · section “Response” · _opinion_$/);
  });
});
