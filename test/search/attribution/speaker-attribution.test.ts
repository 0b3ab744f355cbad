// Speaker attribution: "she said" credited to the person the article last named, only when nobody else could be meant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/search/engine.js';
import { attributeSpeakers } from '../../../src/search/attribution/speaker-attribution.js';
import { buildArticle } from '../build-articles.js';

const speakerOf = (paragraphs: string[], paragraph: number) =>
  attributeSpeakers(buildArticle({ id: 'story', title: 'A story', paragraphs })).get(`story:${paragraph}`)?.speaker ??
  null;

describe('attributeSpeakers', () => {
  it('credits "she reiterated" to the person named as speaker in the passage before', () => {
    const paragraphs = [
      'Prime Minister Ana Ortiz responded on Monday, saying the plan was premature.',
      'Nonetheless, she reiterated that “the harbour will stay open to every ship.”',
    ];
    expect(speakerOf(paragraphs, 2)).toBe('Ana Ortiz');
  });

  it('uses the fullest form of the name the article gives, and a later surname-only mention as the antecedent', () => {
    const paragraphs = [
      'Ana Ortiz took office in May.',
      'Ortiz highlighted the budget on Friday.',
      'He said taxes would fall.',
    ];
    expect(speakerOf(paragraphs, 3)).toBe('Ana Ortiz');
  });

  it('credits nobody when another person is named in between', () => {
    const paragraphs = [
      'Ana Ortiz said the port would reopen.',
      'Ben Alvarez criticised the timing, and Ortiz was silent.',
      'She said the decision was final.',
    ];
    expect(speakerOf(paragraphs, 3)).toBeNull();
  });

  it('credits nobody when an unnamed person speaks in between ("The analyst noted …")', () => {
    const paragraphs = [
      'Ana Ortiz said the port would reopen.',
      'A shipping analyst in Lisbon noted that trade had slowed.',
      'She said the decision was final.',
    ];
    expect(speakerOf(paragraphs, 3)).toBeNull();
  });

  it(
    'credits nobody when the passage names its own speaker, or the antecedent is too far back or in another ' +
      'section',
    () => {
      expect(speakerOf(['Ana Ortiz said yes.', 'Ben Alvarez said no, and he said it twice.'], 2)).toBeNull();
      expect(
        speakerOf(['Ana Ortiz said yes.', 'Ships waited.', 'Prices rose.', 'Traders left.', 'She said it again.'], 5),
      ).toBeNull();
      expect(speakerOf(['Ana Ortiz said yes.', '## Reactions', 'She said it again.'], 2)).toBeNull();
    },
  );

  it(
    'credits nobody when the article pairs the person with the other pronoun ("Ortiz said … He added" then "she ' +
      'said")',
    () => {
      const paragraphs = [
        'Ana Ortiz took office in May.',
        'Ortiz said the port would reopen. He added that ships would wait.',
        'She said the decision was final.',
      ];
      expect(speakerOf(paragraphs, 3)).toBeNull();
      const consistent = [
        'Ana Ortiz took office in May.',
        'Ortiz said the port would reopen. She added that ships would wait.',
        'She said the decision was final.',
      ];
      expect(speakerOf(consistent, 3)).toBe('Ana Ortiz');
    },
  );

  it('does not take a place, a plural noun or a sentence-opening word for a person', () => {
    expect(speakerOf(['Lisbon said the port would reopen.', 'She said it again.'], 2)).toBeNull();
    expect(speakerOf(['Analysts say the port will reopen.', 'He said it again.'], 2)).toBeNull();
    expect(speakerOf(['Behind the scenes, talks continued.', 'He said it again.'], 2)).toBeNull();
  });
});

describe('attributeSpeakers on any text', () => {
  const phrase = fc.constantFrom(
    'Ana Ortiz said the port would reopen.',
    'Ben Alvarez noted',
    'Ortiz',
    'she said',
    'She reiterated that “the port stays open.”',
    'He said',
    'in Lisbon',
    'President',
    "Ortiz's",
    'the',
    'port',
    '“',
    '”',
    ',',
    '.',
    'Analysts say',
    'Lisbon said',
  );
  const passage = fc.oneof(
    fc.array(phrase, { maxLength: 6 }).map((phrases) => phrases.join(' ')),
    fc.constant('## Reactions'),
  );

  it('never throws, and credits only pronouns, to a name the article contains', () => {
    fc.assert(
      fc.property(fc.array(passage, { maxLength: 8 }), (paragraphs) => {
        const article = buildArticle({ id: 'story', title: 'A story', paragraphs });
        for (const [passageId, attribution] of attributeSpeakers(article)) {
          const text = article.passages.find((candidate) => candidate.id === passageId)?.text ?? '';
          for (const start of attribution.pronounStarts) expect(text.slice(start).match(/^(she|he)\b/i)).not.toBeNull();
          expect(article.passages.some((candidate) => candidate.text.includes(attribution.speaker))).toBe(true);
        }
      }),
      // About one generated article in twelve holds an attribution: enough runs to check a few dozen.
      { numRuns: 300 },
    );
  });
});

describe('asking what someone said', () => {
  const engine = createEngine([
    buildArticle({
      id: 'harbour',
      title: 'Harbour dispute',
      paragraphs: [
        'Prime Minister Ana Ortiz responded on Monday to the shipping union.',
        'Nonetheless, she reiterated that “the harbour will stay open to every ship.”',
        'Dock workers marched through the old town.',
      ],
    }),
  ]);

  it('finds the quote a passage gives only as "she reiterated" through the name the article used before', () => {
    const answer = engine.ask('what did Ortiz say about the harbour');
    expect(answer.results[0]?.paragraph).toBe(2);
    expect(answer.results[0]?.snippet).toContain('**she**');
  });
});
