import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCustomId,
  encodeFullPassage,
  encodeMoreResults,
  encodeSourcesPage,
  hashedArticleRef,
  questionHash,
  resolveArticleRef,
} from '../../src/discord/components/custom-id.js';
import { MAX_CUSTOM_ID_LENGTH } from '../../src/discord/reply-limits.js';

const articleIds = ['latest-developments-us-mexico-cartel-strategy', 'trump-says-us-will-hit-drug-cartels-on-land'];

describe('the custom_id codec', () => {
  it('keeps a short question whole, so "More results" works after a restart with nothing in memory', () => {
    const customId = encodeMoreResults({ offset: 3, limit: 3, question: 'what did Sheinbaum say: yes?' });
    expect(customId).toBe('more:1::3:3:=what did Sheinbaum say: yes?');
    expect(decodeCustomId(customId)).toEqual({
      kind: 'more',
      offset: 3,
      limit: 3,
      question: 'what did Sheinbaum say: yes?',
    });
  });

  it('names the searched article by a short hash that resolves back to its id', () => {
    const customId = encodeMoreResults({ sourceId: articleIds[1], offset: 2, limit: 2, question: 'strikes' });
    const state = decodeCustomId(customId);
    expect(state).toEqual({
      kind: 'more',
      sourceRef: hashedArticleRef(articleIds[1] ?? ''),
      offset: 2,
      limit: 2,
      question: 'strikes',
    });
    expect(state?.kind === 'more' && state.sourceRef ? resolveArticleRef(state.sourceRef, articleIds) : undefined).toBe(
      articleIds[1],
    );
  });

  it('round-trips every state and never exceeds 100 characters, for any question and article id', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: undefined }),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 99_999 }),
        (asciiQuestion, unicodeQuestion, sourceId, offset, limit, paragraph) => {
          for (const question of [asciiQuestion, unicodeQuestion]) {
            const more = encodeMoreResults({
              ...(sourceId === undefined ? {} : { sourceId }),
              offset,
              limit,
              question,
            });
            expect(more.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
            const state = decodeCustomId(more);
            expect(state).toMatchObject({ kind: 'more', offset, limit });
            if (state?.kind !== 'more') throw new Error('not a more-results state');
            if (state.question !== undefined) expect(state.question).toBe(question);
            else expect(state.questionHash).toBe(questionHash(question));
            expect(
              state.sourceRef === undefined
                ? undefined
                : resolveArticleRef(state.sourceRef, sourceId ? [sourceId] : []),
            ).toBe(sourceId);
          }
          const articleId = sourceId ?? 'a';
          const passage = encodeFullPassage(articleId, paragraph);
          expect(passage.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
          const passageState = decodeCustomId(passage);
          if (passageState?.kind !== 'passage') throw new Error(`not a passage state: ${passage}`);
          expect(passageState.paragraph).toBe(paragraph);
          expect(resolveArticleRef(passageState.articleRef, [articleId])).toBe(articleId);
        },
      ),
    );
  });

  it('spells "Full passage" readably for ordinary article ids', () => {
    expect(encodeFullPassage('trump-says-us-will-hit-drug-cartels-on-land', 12)).toBe(
      'passage:trump-says-us-will-hit-drug-cartels-on-land:12',
    );
    expect(decodeCustomId('passage:trump-says-us-will-hit-drug-cartels-on-land:12')).toEqual({
      kind: 'passage',
      articleRef: 'trump-says-us-will-hit-drug-cartels-on-land',
      paragraph: 12,
    });
  });

  it('round-trips the /sources page', () => {
    expect(decodeCustomId(encodeSourcesPage(4))).toEqual({ kind: 'sources', page: 4 });
  });

  it('recognises nothing it did not write', () => {
    for (const customId of [
      '',
      'more',
      'more:2::0:3:=q',
      'more:1::x:3:=q',
      'more:1::0:0:=q',
      'more:1::0:3:q',
      'more:1:plain:0:3:=q',
      'more:1::0:3:#short',
      'passage:a:0',
      'passage::3',
      'passage:a:b',
      'sources:-1',
      'sources:',
      'vote:1',
    ]) {
      expect(decodeCustomId(customId), customId).toBeUndefined();
    }
  });
});
