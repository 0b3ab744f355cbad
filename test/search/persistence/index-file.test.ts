// The saved index's binary part: what is decoded must be what was encoded, so an engine opened from the cache
// answers exactly as the engine that was built. On the made-up story in test/fixtures/corpora/story/; the same round
// trip over the question set on the shipped articles is in index-file.real-corpus.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { Article } from '../../../src/corpus/types.js';
import { attributionsOf } from '../../../src/search/attribution/attributions.js';
import { assembleEngine } from '../../../src/search/engine.js';
import { decodeIndex, encodeIndex } from '../../../src/search/persistence/index-file.js';
import { buildArticle } from '../build-articles.js';
import { buildIndex, postingsFromMiniSearch } from '../index/minisearch-reference.js';

/** Questions on the made-up story: answered, misspelt, about one passage kind or another, and declined. */
const questions = [
  'what did Sheinbaum say about sovereignty',
  'what did Sheinbaum say',
  'cartels',
  'Which law would allow force against the cartels?',
  'Venezuelan boats carrying cocaine',
  'drone strikes on cartel camps',
  'how many boats were struck in 2025',
  'North American counter narcotics framework',
  'Honduran pardon',
  'grave violation',
  'coordination on fentanyl',
  'shienbaum coordinaton',
  'who in Congress would be told',
  'What did Justin Trudeau say?',
  'best pizza in New York',
];

function roundTrip(articles: Article[]) {
  const attributions = attributionsOf(articles);
  const postings = postingsFromMiniSearch(buildIndex(articles, attributions));
  const encoded = encodeIndex(articles, postings, attributions);
  const decoded = decodeIndex(encoded.bytes, encoded.layout, encoded.articles, encoded.sections);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { attributions, postings, encoded, decoded };
}

describe('the saved index file', () => {
  let corpus: Article[];
  beforeAll(async () => {
    corpus = (await loadCorpus('test/fixtures/corpora/story')).articles;
  });

  it('gives back the articles exactly: texts, sections, tables, lists and opinion marks', () => {
    const { decoded } = roundTrip(corpus);
    expect(decoded.articles).toEqual(corpus);
    const passages = decoded.articles.flatMap((article) => article.passages);
    expect(passages.some((passage) => passage.opinion)).toBe(true);
    expect(new Set(passages.map((passage) => passage.kind))).toEqual(
      new Set(['paragraph', 'list', 'list-item', 'table']),
    );
  });

  it('gives back the parts of a paragraph split for length, with their ¶ and part numbers', async () => {
    const { parseArticle } = await import('../../../src/corpus/article.js');
    const long = Array.from(
      { length: 60 },
      (_, index) => `Sentence ${index} of one long scraped paragraph about the border.`,
    ).join(' ');
    const parsed = parseArticle('corpus/long.md', 'long', `---\ntitle: Long\n---\n\n${long}\n\nAfter.\n`);
    if (!parsed.ok) throw new Error('the article did not load');
    const { decoded } = roundTrip([parsed.article]);
    expect(decoded.articles).toEqual([parsed.article]);
    expect(decoded.articles[0]?.passages.map((passage) => [passage.paragraph, passage.part])).toEqual([
      ...parsed.article.passages.slice(0, -1).map((_, index) => [1, index + 1]),
      [2, undefined],
    ]);
  });

  it('answers every question exactly as the engine it was saved from', () => {
    const { attributions, postings, decoded } = roundTrip(corpus);
    const built = assembleEngine(corpus, postings, {}, attributions);
    const loaded = assembleEngine(decoded.articles, decoded.postings, {}, decoded.attributions);
    for (const q of questions) expect(loaded.ask(q, { limit: 10 }), q).toEqual(built.ask(q, { limit: 10 }));
    const answered = questions.filter((q) => !loaded.ask(q).declined);
    expect(answered.length).toBeGreaterThanOrEqual(12);
    expect(answered.length).toBeLessThan(questions.length);
    expect(loaded.ask('sheinbum sovereignty')).toEqual(built.ask('sheinbum sovereignty'));
    expect(loaded.ask('cartels', { source: corpus[1]?.id ?? '' })).toEqual(
      built.ask('cartels', { source: corpus[1]?.id ?? '' }),
    );
  });

  it('keeps whom each reported “she said” stands for, as worked out when the index was built', () => {
    const { attributions, decoded } = roundTrip(corpus);
    expect(attributions.size).toBeGreaterThan(0);
    expect(decoded.attributions).toEqual(attributions);
  });

  it('keeps accented words, empty articles and passages before any heading', () => {
    const articles = [
      buildArticle({
        id: 'mx',
        title: 'Sheinbaum responde',
        paragraphs: ['Nicolás dijo “no” — soberanía ✓', '## Reacción', 'El 97% apoyó.'],
        opinion: [2],
      }),
      { ...buildArticle({ id: 'empty', title: 'Nothing yet', paragraphs: [] }), outlet: 'Wire' },
      buildArticle({ id: 'us', title: 'U.S. strikes', paragraphs: ['The U.S. said strikes would follow.'] }),
    ];
    const { decoded } = roundTrip(articles);
    expect(decoded.articles).toEqual(articles);
    expect(
      assembleEngine(decoded.articles, decoded.postings, {}, decoded.attributions).ask('soberanía nicolas').results[0]
        ?.id,
    ).toBe('mx:1');
  });

  it('refuses bytes that do not fit the layout instead of citing wrong passages', () => {
    const { encoded } = roundTrip(corpus);
    const short = decodeIndex(
      encoded.bytes.subarray(0, encoded.bytes.length - 8),
      encoded.layout,
      encoded.articles,
      encoded.sections,
    );
    expect(short.ok).toBe(false);
    const fewerTerms = decodeIndex(
      encoded.bytes,
      { ...encoded.layout, terms: encoded.layout.terms - 1 },
      encoded.articles,
      encoded.sections,
    );
    expect(fewerTerms.ok).toBe(false);
    const scrambled = new Uint8Array(encoded.bytes);
    // The posting starts follow the field averages (8 bytes a field) and lengths (4 a field and passage), 8-byte
    // aligned.
    const postingsStart =
      8 * encoded.layout.fields + Math.ceil((4 * encoded.layout.fields * encoded.layout.passages) / 8) * 8;
    scrambled.fill(0xff, postingsStart, postingsStart + 64);
    const outOfOrder = decodeIndex(scrambled, encoded.layout, encoded.articles, encoded.sections);
    expect(outOfOrder).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the saved index does not fit its description \(/),
    });
  });

  it('refuses postings made from other articles than the ones being saved', () => {
    const postings = postingsFromMiniSearch(buildIndex(corpus));
    expect(() => encodeIndex(corpus.slice(1), postings, attributionsOf(corpus))).toThrow(
      'index file: the postings were not made from these articles in this order',
    );
  });
});
