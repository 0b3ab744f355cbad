// The engine on the five shipped articles in corpus/: behaviour a reader of this story would notice. Bound to those
// articles (an edit to them can break it); the engine's mechanics are tested on hand-made articles in engine.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { MAX_SNIPPET_CHARS } from '../../src/search/ranking/snippet.js';

let engine: Engine;

beforeAll(async () => {
  const corpus = await loadCorpus('corpus');
  engine = createEngine(corpus.articles);
});

const plain = (spans: { text: string }[]) => spans.map((span) => span.text).join('');

describe('the engine on the real corpus', () => {
  it('answers "what did Sheinbaum say about sovereignty" with a passage reporting her words on it', () => {
    const first = engine.ask('what did Sheinbaum say about sovereignty').results[0];
    expect(first?.text).toMatch(/Sheinbaum (reiterated|has publicly rejected|said)/);
    expect(first?.text).toMatch(/sovereignty/);
    expect(first?.snippet).toContain('**Sheinbaum**');
  });

  it('finds Trump’s quote on the cartels running Mexico among the first three', () => {
    const texts = engine
      .ask('What did Trump say about the cartels running Mexico?')
      .results.map((result) => result.text);
    expect(texts.some((text) => text.includes('The cartels are running Mexico'))).toBe(true);
  });

  it('corrects typos in names and words ("shienbaum coordinaton")', () => {
    const first = engine.ask('shienbaum coordinaton').results[0];
    expect(first?.text).toMatch(/Sheinbaum/);
    expect(first?.text).toMatch(/coordinat/);
    expect(first?.snippet).toMatch(/\*\*Sheinbaum\*\*/);
  });

  it('declines questions the coverage does not answer', () => {
    for (const question of [
      'What did Justin Trudeau say?',
      'What is the weather in Paris tomorrow?',
      'best pizza in New York',
      'what did Macron say',
      'tariffs on steel',
      'How many goals did Messi score?',
      'Who won the election?',
      'football scores',
    ]) {
      expect(engine.ask(question), question).toMatchObject({ declined: true, results: [], total: 0 });
    }
  });

  it('answers a one-word question about the story’s main subject', () => {
    const answer = engine.ask('cartel');
    expect(answer.declined).toBe(false);
    expect(answer.total).toBeGreaterThan(3);
  });

  it('folds two outlets reporting Sheinbaum’s reaction into one result reported by both', () => {
    const results = engine.ask('Sheinbaum reiterated sovereignty').results;
    const folded = results.find((result) => result.reportedBy > 1);
    expect(folded).toBeDefined();
    expect(folded?.alsoIn.length).toBeGreaterThan(0);
    expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
  });

  it('gives the three first results three different passages, none repeated inside another’s alsoIn', () => {
    for (const question of ['what did trump say', 'military action inside Mexico', 'sovereignty']) {
      const results = engine.ask(question).results;
      const shown = results.map((result) => result.id);
      const folded = results.flatMap((result) => result.alsoIn.map((place) => `${place.articleId}:${place.paragraph}`));
      expect(
        shown.filter((id) => folded.includes(id)),
        question,
      ).toEqual([]);
    }
  });

  it('keeps every snippet within the limit and marks at least one matched word', () => {
    for (const question of [
      'Does military action need a UN mandate?',
      'fentanyl supply chains',
      'Which vessels were targeted at sea?',
    ]) {
      for (const result of engine.ask(question, { limit: 5 }).results) {
        expect(plain(result.snippetSpans).length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
        expect(
          result.snippetSpans.some((span) => span.marked),
          `${question}: ${result.snippet}`,
        ).toBe(true);
      }
    }
  });

  it('carries the opinion flag of passages the corpus marks as opinion', () => {
    const opinionPassages = engine.articles.flatMap((article) => article.passages).filter((passage) => passage.opinion);
    expect(opinionPassages.length).toBeGreaterThan(0);
    const sample = opinionPassages[0];
    const words = sample?.text.split(/\s+/).slice(0, 12).join(' ') ?? '';
    const match = engine.ask(words, { limit: 10 }).results.find((result) => result.id === sample?.id);
    expect(match?.opinion).toBe(true);
  });
});
