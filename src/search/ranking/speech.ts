// Reported speech: for questions about what someone said, a passage that quotes the person or reports them
// speaking ("Sheinbaum said", "…,” Trump told Fox) answers better than one that only mentions them.
import type { TopicEvidence } from './evidence.js';
import type { AnalyzedPassage } from '../analysis/passage-terms.js';
import { SPEECH_VERBS } from '../analysis/stopwords.js';

/** How near (in words) a topic word must be to a speech verb or a quotation mark to count as being quoted. */
export const SPEECH_WINDOW = 12;

/** True when one of `subjectTerms` stands within SPEECH_WINDOW words of a speech verb or a quotation mark. */
export function reportsSpeechOf(passage: AnalyzedPassage, subjectTerms: ReadonlySet<string>): boolean {
  const markers: number[] = [];
  const subjects: number[] = [];
  passage.tokens.forEach((token, position) => {
    if (token.afterQuote || token.terms.some((term) => SPEECH_VERBS.has(term))) markers.push(position);
    if (token.terms.some((term) => subjectTerms.has(term))) subjects.push(position);
  });
  return subjects.some((subject) => markers.some((marker) => Math.abs(marker - subject) <= SPEECH_WINDOW));
}

/** True when a topic word of the question stands inside a quotation in the passage: the speaker's own words on it. */
export function quotesTopic(passage: AnalyzedPassage, evidence: TopicEvidence): boolean {
  for (const positions of evidence.inText.values()) {
    if (positions.some((position) => passage.tokens[position]?.quoted === true)) return true;
  }
  return false;
}

/** How near (in words) the person asked about must stand to a quotation for it to count as theirs (“…,” Trump told). */
export const QUOTE_SPEAKER_WINDOW = 6;

/**
 * True when one of `subjectTerms` stands outside a quotation but within QUOTE_SPEAKER_WINDOW words of one: the
 * passage quotes the person (“The cartels are running Mexico,” Trump told …; she reiterated that “…”), their own
 * words rather than an account of them.
 */
export function quotesSpeaker(passage: AnalyzedPassage, subjectTerms: ReadonlySet<string>): boolean {
  const quoted: number[] = [];
  const subjects: number[] = [];
  passage.tokens.forEach((token, position) => {
    if (token.quoted) quoted.push(position);
    else if (token.terms.some((term) => subjectTerms.has(term))) subjects.push(position);
  });
  return subjects.some((subject) => quoted.some((position) => Math.abs(position - subject) <= QUOTE_SPEAKER_WINDOW));
}
