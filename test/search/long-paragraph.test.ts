// A scraped article with no blank lines is one huge paragraph: it is split between sentences into bounded parts
// (¶ 1.1, ¶ 1.2 …), so an answer cites and shows the part that answers and a question's cost stays bounded.
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/cli/render-answer.js';
import { parseArticle } from '../../src/corpus/article.js';
import { MAX_PASSAGE_CHARS } from '../../src/corpus/passages.js';
import type { Article } from '../../src/corpus/types.js';
import { formatAskReply } from '../../src/discord/replies/index.js';
import { createEngine } from '../../src/search/engine.js';
import { MAX_SNIPPET_CHARS } from '../../src/search/ranking/snippet.js';

const TOPICS = [
  'the border crossing',
  'the port authority',
  'the customs office',
  'the rail yard',
  'the fuel depot',
  'the cartel leaders',
];

/** About `bytes` of varied reporting sentences in one paragraph, with one sentence that alone answers the question. */
function hugeParagraph(bytes: number): string {
  const sentences: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index += 1) {
    const sentence =
      index === 4_321
        ? 'The harbour master Ingrid Lindqvist said the flotilla of ninety trawlers would stay docked until Friday.'
        : `Officials said report ${index} on ${TOPICS[index % TOPICS.length]} was filed on day ${index % 28} after ` +
          `inspectors reviewed it.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

function loadArticle(file: string, text: string): { article: Article; warnings: string[] } {
  const parsed = parseArticle(file, 'scraped', text);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return {
    article: parsed.article,
    warnings: parsed.warnings.map((warning) => `${warning.field}: ${warning.message}`),
  };
}

describe('a 2 MB article that is one paragraph', () => {
  const paragraph = hugeParagraph(2_000_000);
  const { article, warnings } = loadArticle(
    'corpus/scraped.md',
    `---\ntitle: Scraped page\noutlet: Wire\n---\n\n${paragraph}\n\nA short closing paragraph about the trawlers.\n`,
  );
  const parts = article.passages.filter((passage) => passage.paragraph === 1);

  it('is split between sentences into parts of at most MAX_PASSAGE_CHARS, numbered ¶ 1.1, 1.2 … in order', () => {
    expect(parts.length).toBeGreaterThan(2_000_000 / MAX_PASSAGE_CHARS);
    expect(parts.every((part) => part.text.length <= MAX_PASSAGE_CHARS)).toBe(true);
    expect(parts.map((part) => part.part)).toEqual(parts.map((_, index) => index + 1));
    expect(parts.map((part) => part.id)).toEqual(parts.map((_, index) => `scraped:1.${index + 1}`));
    expect(
      parts.every((part) => /^Officials said|^The harbour master/.test(part.text) && part.text.endsWith('.')),
    ).toBe(true);
    expect(parts.map((part) => part.text).join(' ')).toBe(paragraph);
  });

  it('keeps the number of the paragraph after it, and says once that it split the paragraph', () => {
    expect(article.passages.at(-1)).toMatchObject({
      id: 'scraped:2',
      paragraph: 2,
      text: 'A short closing paragraph about the trawlers.',
    });
    expect(article.passages.at(-1)?.part).toBeUndefined();
    expect(warnings).toEqual([
      `body: ¶ 1 is one paragraph of ` +
        `${parts.reduce((sum, part) => sum + part.text.length, 0).toLocaleString('en-US')} characters with no ` +
        `blank line: it is served as ${parts.length} parts of at most 1,000 characters split between sentences (¶ ` +
        `1.1 to ¶ 1.${parts.length}) — put a blank line between its paragraphs to cite them as written`,
    ]);
  });

  it('answers with the part that holds the answer, cited as ¶ 1.n, in the terminal and in Discord', () => {
    const engine = createEngine([article]);
    const answer = engine.ask('what did Lindqvist say about the trawlers');
    const first = answer.results[0];
    if (first === undefined) throw new Error('the question was declined');
    expect(first.text).toContain(
      'The harbour master Ingrid Lindqvist said the flotilla of ninety trawlers would stay docked until Friday.',
    );
    expect(first.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(first.snippet.replace(/\*\*/g, '').length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
    const cited = `¶ 1.${first.part}`;
    expect(first.paragraph).toBe(1);
    expect(
      renderAnswer({ ...answer, results: [first] }, { style: 'markdown', showQuestion: false, source: null }).split(
        '\n',
      )[1],
    ).toBe(`   — Scraped page · Wire · ${cited}`);
    const reply = formatAskReply({
      question: 'what did Lindqvist say',
      answer: { ...answer, results: [first], total: 1 },
      limit: 3,
      offset: 0,
      isPrivate: false,
    });
    expect(reply.embeds?.[0]?.description).toContain(`— Scraped page · Wire · ${cited}`);
    expect(engine.passage('scraped', 1, first.part)?.text).toBe(first.text);
  });
});

describe('a part of a paragraph in the saved JSON contract', () => {
  it('keeps paragraph a number and gives the part beside it', async () => {
    const { toAskJson } = await import('../../src/cli/render-answer.js');
    const { article } = loadArticle('corpus/scraped.md', `---\ntitle: Scraped page\n---\n\n${hugeParagraph(5_000)}\n`);
    const answer = createEngine([article]).ask('report 3 on the rail yard');
    const json = toAskJson('report 3 on the rail yard', answer).results[0];
    expect(json?.paragraph).toBe(1);
    expect(json?.part).toBe(1);
    expect(json?.id).toBe('scraped:1.1');
  });
});
