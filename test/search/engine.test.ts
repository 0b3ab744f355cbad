import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampLimit, createEngine } from '../../src/search/engine.js';
import { buildArticle, oneArticle, storyArticles } from './build-articles.js';

const engine = createEngine(storyArticles);

describe('engine.ask', () => {
  it('answers a question about what someone said with the passage that quotes them, first', () => {
    const answer = engine.ask('what did Morales say about sovereignty');
    expect(answer.declined).toBe(false);
    expect(answer.results[0]?.text).toContain('“Our sovereignty is not negotiable,” Morales told reporters.');
  });

  it('folds passages that report the same thing into one result that names the other sources', () => {
    const answer = engine.ask('Morales sovereignty not negotiable');
    const first = answer.results[0];
    expect(first?.reportedBy).toBe(2);
    expect(first?.alsoIn.map((place) => `${place.articleId}:${place.paragraph}`)).toEqual(
      first?.articleId === 'daily' ? ['herald:1'] : ['daily:2'],
    );
    expect(answer.results.filter((result) => /sovereignty/i.test(result.text))).toHaveLength(1);
  });

  it('reads "she" in the second part of a two-part question as the person the first part names', () => {
    const ferry = oneArticle('Ferry terminal opens', [
      'Mayor Ines Ruiz opened the new ferry terminal on Monday.',
      'Union leader Tomas Berg told reporters the strike would go on.',
      'Ruiz told reporters the terminal cost less than planned.',
    ]);
    const answers = ferry
      .ask('When did Ruiz open the terminal and what did she tell reporters?')
      .results.filter((result) => result.confidence === 'high')
      .map((result) => result.text);
    expect(answers).toEqual([
      'Mayor Ines Ruiz opened the new ferry terminal on Monday.',
      'Ruiz told reporters the terminal cost less than planned.',
    ]);
  });

  it('puts the part of a two-part question the articles answer before the part they only touch on', () => {
    const ferry = oneArticle('Ferry terminal opens', [
      'Mayor Ines Ruiz opened the new ferry terminal on Monday.',
      'Union leader Tomas Berg told reporters the strike would go on.',
      'Ruiz told reporters the terminal cost less than planned.',
    ]);
    const results = ferry.ask('was the old terminal cheaper and what did Berg tell reporters').results;
    expect(results[0]).toMatchObject({
      confidence: 'high',
      text: 'Union leader Tomas Berg told reporters the strike would go on.',
    });
    expect(results[1]).toMatchObject({ confidence: 'low', text: expect.stringContaining('terminal') });
  });

  it("answers a request for someone's exact words with the passage that quotes them", () => {
    const ferry = oneArticle('Ferry terminal opens', [
      'Mayor Ines Ruiz said the new terminal opened on time and under budget, her office reported on Monday.',
      'Officials toured the site.',
      '“The terminal is ours now,” Ruiz said at the ribbon cutting.',
    ]);
    expect(ferry.ask("what were ruiz's exact words about the terminal").results[0]?.text).toBe(
      '“The terminal is ours now,” Ruiz said at the ribbon cutting.',
    );
    expect(ferry.ask('quote ruiz on the terminal verbatim').results[0]?.text).toBe(
      '“The terminal is ours now,” Ruiz said at the ribbon cutting.',
    );
  });

  it('declines a question about a person the articles never mention, and says whom, as typed', () => {
    expect(engine.ask('What did Justin Trudeau say?')).toMatchObject({
      declined: true,
      results: [],
      total: 0,
      declinedFor: 'not-mentioned',
      missing: ['Justin Trudeau'],
    });
    // A name keeps the words of it the articles do use; a rare word nothing stands in for is missing too.
    expect(engine.ask('best pizza in New York').missing).toEqual(['New York']);
    expect(engine.ask('what did the mayor say about tariffs and bitcoin').missing).toEqual(['tariffs', 'bitcoin']);
  });

  it('declines a question that is only question words, saying it names nothing', () => {
    expect(engine.ask('what did they say about it?')).toMatchObject({
      declined: true,
      results: [],
      declinedFor: 'no-topic',
    });
  });

  it('declines when the question shares only a common word with the articles', () => {
    expect(engine.ask('best pizza restaurant open tomorrow in the southern port').declined).toBe(true);
  });

  it('finds a passage despite typos in longer words', () => {
    const answer = engine.ask('moralez soverignty');
    expect(answer.results[0]?.text).toMatch(/sovereignty/);
  });

  it('matches lower-case "us" in a question as the country when it modifies a noun', () => {
    const answer = engine.ask('us officials intelligence');
    expect(answer.results[0]?.id).toBe('tribune:1');
  });

  it('matches a figure typed as words ("45 percent") to the text "45%"', () => {
    expect(engine.ask('45 percent extraditions').results[0]?.id).toBe('daily:4');
  });

  it('restricts results to one article with source', () => {
    const answer = engine.ask('raid', { source: 'tribune', limit: 10 });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.articleId === 'tribune')).toBe(true);
  });

  it('declines, without results, when asked to search an article that does not exist', () => {
    expect(engine.ask('raid', { source: 'no-such-article' })).toMatchObject({ declined: true, results: [] });
  });

  it('finds the article a source names by its id or its full headline, in any case, and none for anything else', () => {
    expect(engine.findSource('tribune')?.id).toBe('tribune');
    expect(engine.findSource(' Tribune ')?.id).toBe('tribune');
    expect(engine.findSource('border raid sparks debate')?.id).toBe('tribune');
    expect(engine.findSource('Border raid')).toBeUndefined();
    expect(engine.findSource('no-such-article')).toBeUndefined();
    expect(engine.findSource('')).toBeUndefined();
  });

  it('pages with offset and limit over the same total', () => {
    const all = engine.ask('raid', { limit: 10 });
    const second = engine.ask('raid', { limit: 1, offset: 1 });
    expect(second.total).toBe(all.total);
    expect(second.results.map((result) => result.id)).toEqual(all.results.slice(1, 2).map((result) => result.id));
  });

  it('clamps the limit to 1..10 and defaults to 3', () => {
    expect(engine.ask('raid').results.length).toBeLessThanOrEqual(3);
    expect(engine.ask('raid', { limit: 0 }).results).toHaveLength(1);
    expect(engine.ask('raid', { limit: 500 }).results.length).toBeLessThanOrEqual(10);
  });

  it("clamps a face's requested limit to a whole number from 1 to its own maximum, 3 when none was asked for", () => {
    expect([clampLimit(undefined), clampLimit(0), clampLimit(4.7), clampLimit(500), clampLimit(Number.NaN)]).toEqual([
      3, 1, 4, 10, 3,
    ]);
    expect([clampLimit(undefined, 5), clampLimit(9, 5), clampLimit(-2, 5), clampLimit(undefined, 2)]).toEqual([
      3, 5, 1, 2,
    ]);
  });

  it('carries citation fields and the opinion flag into results', () => {
    const result = engine.ask('court order before raiding the depot').results[0];
    expect(result).toMatchObject({
      id: 'tribune:3',
      articleId: 'tribune',
      title: 'Border raid sparks debate',
      outlet: 'Tribune',
      paragraph: 3,
      opinion: true,
    });
    expect(engine.ask('fishing boats storm').results[0]).toMatchObject({
      id: 'herald:3',
      opinion: false,
      section: null,
    });
  });

  it('reports how many articles it searched', () => {
    expect(engine.ask('raid').articleCount).toBe(3);
  });

  it('never throws, whatever the question and options', () => {
    const question = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200, unit: 'grapheme' }),
      fc.constantFrom(
        '',
        ' ',
        '(*+?[',
        '\u0000\u0007\u001b[31m',
        '🦜🦜🦜',
        'a'.repeat(6_000),
        'raid '.repeat(1_500),
        'U.S.',
      ),
    );
    const options = fc.record(
      {
        limit: fc.oneof(fc.integer(), fc.double()),
        offset: fc.oneof(fc.integer(), fc.double()),
        source: fc.constantFrom('daily', 'nope', ''),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(question, options, (text, askOptions) => {
        const answer = engine.ask(text, askOptions);
        expect(answer.declined).toBe(answer.total === 0);
        expect(answer.results.length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the marked passage of a result', () => {
  const long = buildArticle({
    id: 'long',
    title: 'Harbour report',
    paragraphs: [
      'The harbour master said the new cranes arrived on Tuesday. ' +
        'Dock workers spent the week unloading containers, checking manifests and repairing the old quay wall ' +
        'after the storm. ' +
        'Inspectors walked the length of the pier twice and found nothing that would delay the reopening of the ' +
        'eastern berths. ' +
        'Shipping agents said they expected the first vessels within days, and the port authority posted new ' +
        'timetables. ' +
        'Later the harbour masters were saying the cranes would double what the port can handle.',
    ],
  });
  const harbour = createEngine([long]);

  it('marks every form of a matched word in the whole passage, also where the snippet does not reach', () => {
    const result = harbour.ask('what did the harbour master say about cranes').results[0];
    expect(result?.snippet.length).toBeLessThan(result?.text.length ?? 0);
    const marked = result?.textSpans.filter((span) => span.marked).map((span) => span.text);
    expect(marked).toEqual(['harbour', 'master', 'cranes', 'harbour', 'masters', 'cranes']);
  });

  it('names who a credited pronoun stands for, and marks no pronoun the engine did not credit', () => {
    const story = oneArticle('Mexico rejects strikes', [
      'Mexican President Claudia Sheinbaum said Mexico would never accept a foreign military intervention.',
      'She spoke first in the capital. Nonetheless, she reiterated that “any unilateral military action would ' +
        'be a grave violation.”',
    ]);
    const result = story
      .ask('what did Sheinbaum say about a grave violation')
      .results.find((candidate) => candidate.paragraph === 2);
    const pronouns = result?.textSpans.filter((span) => /^she$/i.test(span.text));
    expect(pronouns?.filter((span) => span.marked)).toEqual(
      result?.snippetSpans.filter((span) => /^she$/i.test(span.text) && span.marked),
    );
    expect(result?.textSpans.find((span) => span.speaker)).toMatchObject({
      speaker: 'Claudia Sheinbaum',
      marked: true,
    });
  });

  it('is the passage itself, for any question: the spans joined give back its text', () => {
    const words = fc.constantFrom(
      'raid',
      'Morales',
      'sovereignty',
      'said',
      'border',
      'troops',
      'what',
      'did',
      'cocaine',
      'depot',
      'court',
      'she',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), (question) => {
        for (const result of engine.ask(question.join(' '), { limit: 10 }).results) {
          expect(result.textSpans.map((span) => span.text).join('')).toBe(result.text);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('engine.passage and engine.sources', () => {
  it('finds a passage by article and paragraph, and nothing for a paragraph that does not exist', () => {
    expect(engine.passage('herald', 2)?.text).toBe('The raid seized 1,200 kilograms of cocaine, officials said.');
    expect(engine.passage('herald', 9)).toBeUndefined();
    expect(engine.passage('nope', 1)).toBeUndefined();
  });

  it('lists every article with its passage count, omitting unknown fields', () => {
    expect(engine.sources()).toEqual([
      { id: 'daily', title: 'Leader rejects foreign troops after border raid', outlet: 'The Daily', paragraphs: 4 },
      { id: 'herald', title: 'Morales says sovereignty not negotiable', outlet: 'Herald', paragraphs: 3 },
      { id: 'tribune', title: 'Border raid sparks debate', outlet: 'Tribune', paragraphs: 3 },
    ]);
  });

  it('keeps the first of two articles with the same id instead of failing', () => {
    const twice = createEngine([
      ...storyArticles,
      buildArticle({ id: 'daily', title: 'Duplicate', paragraphs: ['Another raid.'] }),
    ]);
    expect(twice.sources().map((source) => source.id)).toEqual(['daily', 'herald', 'tribune']);
  });

  it('answers nothing, without failing, over an empty corpus', () => {
    expect(createEngine([]).ask('raid')).toMatchObject({ declined: true, results: [], articleCount: 0 });
  });
});
