// The confidence rule: when the coverage does not answer a question, the honest answer is "the coverage doesn't
// say", not the least bad passage. A question is declined, and a passage left out, by these rules, chosen on the
// question set and meant for unseen questions on any corpus:
//  1. A question with no topic word (only question words, stopwords, speech verbs) is declined: nothing to look for.
//  2. A name the reader typed (a capitalised word inside the question, or an acronym) that the corpus never uses,
//     even allowing a typo, means the question is about someone or something the coverage does not mention
//     ("What did Justin Trudeau say?"). Declined, whatever else matches.
//  3. A passage is confident only when it covers more than MIN_COVERAGE of the question's topic weight (each topic
//     word weighted by its idf, a word absent from the corpus weighing most). "best pizza in new york" may share
//     "new" with a passage, but not half its weight; "cartel" alone covers itself fully; "how many people were
//     killed" is not answered by a passage on "everyday people" that covers one of its two equally rare words. Framing words the corpus
//     never uses ("yesterday", "hey bot", see QUESTION_FRAMING) are left out of the question before this rule.
//  4. Among confident passages, one scoring under MIN_SCORE_SHARE of the best is noise, not an answer.
import type { TopicEvidence } from './evidence.js';
import type { QueryPlan, QueryTerm } from './query.js';
import type { Vocabulary } from './vocabulary.js';

export const MIN_COVERAGE = 0.5;
export const MIN_SCORE_SHARE = 0.2;

export type QuestionVerdict = { answerable: true } | { answerable: false; reason: 'no-topic' | 'unknown-name'; terms: string[] };

/** Rules 1 and 2, given the query terms matched anywhere in the corpus (exactly, by prefix or fuzzily). */
export function judgeQuestion(plan: QueryPlan, matchedAnywhere: ReadonlySet<string>): QuestionVerdict {
  const topics = plan.terms.filter((term) => term.isTopic);
  if (topics.length === 0) return { answerable: false, reason: 'no-topic', terms: [] };
  const unknownNames = topics.filter((term) => term.isName && !matchedAnywhere.has(term.term)).map((term) => term.term);
  if (unknownNames.length > 0) return { answerable: false, reason: 'unknown-name', terms: unknownNames };
  return { answerable: true };
}

/**
 * A topic word found only in the passage's section heading or headline counts this much: the heading says what
 * the passage is about, but the passage itself does not say it.
 */
export const HEADING_ONLY_WEIGHT = 0.5;
/**
 * A topic word found only as a typo's correction, a completion or a derived relative ("died" → death) counts this
 * much: probably the word meant, but not certainly. With it, a question whose only match is one corrected word among two ("football scores" → "scope")
 * falls under MIN_COVERAGE, while a question whose words are all mistyped ("shienbaum coordinaton") still passes.
 */
export const APPROXIMATE_WEIGHT = 0.75;

/** Rule 3's measure: the share of the question's topic weight a passage matches, 0..1. */
export function topicCoverage(topics: readonly QueryTerm[], evidence: TopicEvidence, vocabulary: Vocabulary, headingOnlyWeight = HEADING_ONLY_WEIGHT): number {
  let total = 0;
  let covered = 0;
  for (const topic of topics) {
    const weight = vocabulary.idf(topic.term);
    total += weight;
    const isApproximate = evidence.approximate.has(topic.term) || topic.derivedFrom !== undefined;
    if (evidence.inText.has(topic.term)) covered += isApproximate ? weight * APPROXIMATE_WEIGHT : weight;
    else if (evidence.elsewhere.has(topic.term)) covered += weight * headingOnlyWeight;
  }
  return total === 0 ? 0 : covered / total;
}

/** Rules 3 and 4 for one passage. */
export function isConfident(coverage: number, score: number, bestScore: number, minCoverage = MIN_COVERAGE, minScoreShare = MIN_SCORE_SHARE): boolean {
  return coverage > minCoverage && score >= minScoreShare * bestScore;
}
