// The saved index's round trip on the five shipped articles in corpus/: an engine opened from the saved bytes answers
// every question of the question set (test/fixtures/questions.jsonl, written for those articles) exactly as the engine
// it was saved from. The format itself is tested on a made-up story in index-file.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionSet } from '../../../bench/eval-metrics.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { attributionsOf } from '../../../src/search/attribution/attributions.js';
import { assembleEngine } from '../../../src/search/engine.js';
import { decodeIndex, encodeIndex } from '../../../src/search/persistence/index-file.js';
import { buildIndex, postingsFromMiniSearch } from '../index/minisearch-reference.js';

const questionSet = parseQuestionSet(
  readFileSync('test/fixtures/questions.jsonl', 'utf8'),
  'test/fixtures/questions.jsonl',
);

describe('the saved index file, on the shipped articles', () => {
  it('answers every question of the question set exactly as the engine it was saved from', async () => {
    const corpus = (await loadCorpus('corpus')).articles;
    const attributions = attributionsOf(corpus);
    const postings = postingsFromMiniSearch(buildIndex(corpus, attributions));
    const encoded = encodeIndex(corpus, postings, attributions);
    const decoded = decodeIndex(encoded.bytes, encoded.layout, encoded.articles, encoded.sections);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.articles).toEqual(corpus);
    const built = assembleEngine(corpus, postings, {}, attributions);
    const loaded = assembleEngine(decoded.articles, decoded.postings, {}, decoded.attributions);
    for (const { q } of questionSet.questions)
      expect(loaded.ask(q, { limit: 10 }), q).toEqual(built.ask(q, { limit: 10 }));
    expect(questionSet.questions.filter(({ q }) => !loaded.ask(q).declined).length).toBeGreaterThan(15);
  });
});
