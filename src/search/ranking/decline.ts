// The confidence rule: when the coverage does not answer a question, the honest answer is "the coverage doesn't say",
// not the least bad passage. A question is declined, and a passage left out, by these rules, chosen on the question set
// and meant for unseen questions on any corpus:
//  1. 1. A question with no topic word (only question words, stopwords, speech verbs) is declined: nothing to look for.
//  2. 2. A name the reader typed (a capitalised word inside the question, or an acronym) that the corpus never uses,
// even allowing a typo, means the question is about someone or something the coverage does not mention
// ("What did Justin Trudeau say?"). Declined, whatever else matches.
//  3. 3. A passage is confident only when it covers more than MIN_COVERAGE of the question's topic weight (each topic
// word weighted by its idf, a word absent from the corpus weighing most). "best pizza in new york" may share
// "new" with a passage, but not half its weight; "cartel" alone covers itself fully; "how many people were
// killed" is not answered by a passage on "everyday people" that covers one of its two equally rare words. Framing
// words the corpus
// never uses ("yesterday", "hey bot", see QUESTION_FRAMING) are left out of the question before this rule.
//  4. 4. Among confident passages, one scoring under MIN_SCORE_SHARE of the best is noise, not an answer.
import type { TopicEvidence } from './evidence.js';
import type { QueryPlan, QueryTerm } from './query.js';
import type { Vocabulary } from '../index/vocabulary.js';
import { wordUse } from '../analysis/word-frequency.js';
import { isThingWord } from '../analysis/bridge.js';

/**
 * Rule 3's share. 0.35 until the leave-one-file-out run of `npm run eval` chose 0.25 on 11 of 13 folds: rules 5 to 7
 * (a rare word, the main topic, absent nouns) decline what the coverage lacks, and a higher share mostly declined
 * paraphrases whose words the articles put another way (docs/evaluation.md).
 */
export const MIN_COVERAGE = 0.25;
export const MIN_SCORE_SHARE = 0.2;

export type QuestionVerdict =
  { answerable: true } | { answerable: false; reason: 'no-topic' | 'unknown-name'; terms: string[] };

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
 * A topic word found only as a typo's correction or a completion counts this much: probably the word meant, but not
 * certainly. With it, a question whose only match is one corrected word among two ("football scores" → "scope") falls
 * under MIN_COVERAGE, while a question whose words are all mistyped ("shienbaum coordinaton") still passes.
 */
export const APPROXIMATE_WEIGHT = 0.75;

/**
 * A word the corpus never uses weighs a share of the most a word can weigh (the idf of an absent term), by what its
 * absence says (bridge.ts): an everyday descriptive word ("big", "react", "upset") a little, so it cannot sink a
 * question on its own; an everyday noun ("soldiers", "pizza") more, since it may be what the question is about; a rare
 * word or a typo in full. EVERYDAY_SHARE went from 0.1 to 0.05 when the leave-one-file-out run of `npm run eval`
 * chose 0.05 on every fold (docs/evaluation.md); the BBC archive's figures did not move.
 */
export const EVERYDAY_SHARE = 0.05;
export const EVERYDAY_NOUN_SHARE = 0.5;

/**
 * How much a topic word weighs in the question (rule 3): its idf when the corpus uses it, a share of the most
 * otherwise.
 */
export function topicWeight(
  topic: QueryTerm,
  vocabulary: Vocabulary,
  shares: AbsentShares = DEFAULT_ABSENT_SHARES,
): number {
  const idf = vocabulary.idf(topic.term);
  switch (topic.absence) {
    case undefined:
      if (topic.isFraming === true) return idf * shares.everyday;
      return topic.isName || topic.correctedFrom !== undefined
        ? idf
        : idf * commonnessDiscount(topic.term, shares.common);
    case 'rare':
      return idf;
    case 'everyday':
      return Math.max(idf * shares.everyday, bridgedWeight(topic, vocabulary));
    case 'everyday-noun':
      return Math.max(idf * shares.everydayNoun, bridgedWeight(topic, vocabulary));
  }
}

/**
 * An absent word the corpus says in another form ("die" → death, "react" → reaction) is a topic like that form: it
 * weighs what the form weighs, times its credit. "how many people died" is not fully answered by a passage on "everyday
 * people". Synonyms and broader terms are looser: they keep the everyday share.
 */
function bridgedWeight(topic: QueryTerm, vocabulary: Vocabulary): number {
  let weight = 0;
  for (const alternative of topic.alternatives ?? []) {
    if (alternative.relation === 'derived')
      weight = Math.max(weight, alternative.credit * vocabulary.idf(alternative.term));
  }
  return weight;
}

export interface AbsentShares {
  everyday: number;
  everydayNoun: number;
  /** What a word as common as any in English ("make", "take", "hard") keeps of its idf. */
  common: number;
}

/**
 * A word the corpus uses rarely but English uses all the time ("make", "hard", "start") is rare in the articles by
 * chance, not because it names the topic: its weight falls linearly from full at Zipf 4 to `common` at Zipf 6.
 */
export const COMMON_WORD_SHARE = 0.4;

function commonnessDiscount(term: string, common: number): number {
  const zipf = wordUse(term)?.zipf;
  if (zipf === undefined || zipf <= 4) return 1;
  return 1 - (1 - common) * Math.min(1, (zipf - 4) / 2);
}

const DEFAULT_ABSENT_SHARES: AbsentShares = {
  everyday: EVERYDAY_SHARE,
  everydayNoun: EVERYDAY_NOUN_SHARE,
  common: COMMON_WORD_SHARE,
};

/**
 * Rule 5: a rare word the corpus never uses ("remittance", "bitcoin") is what the question is about. A passage answers
 * only if it holds the word (as a typo's correction) or a neighbour standing in for it ("backfire" → backlash).
 */
export function coversRareWords(topics: readonly QueryTerm[], evidence: TopicEvidence): boolean {
  return topics.every((topic) => topic.absence !== 'rare' || topic.isName || evidence.inText.has(topic.term));
}

export interface CoverageWeights extends AbsentShares {
  headingOnly: number;
}

/** A topic word with its weight in the question: worked out once a question, read for every candidate passage. */
export interface WeightedTopic {
  topic: QueryTerm;
  weight: number;
  /** A name, or a noun first by WordNet: a thing the question may be about (rule 6). */
  isThing: boolean;
}

/** The question's topic words, each with its weight (rule 3). */
export function weighTopics(
  topics: readonly QueryTerm[],
  vocabulary: Vocabulary,
  shares: AbsentShares = DEFAULT_ABSENT_SHARES,
): WeightedTopic[] {
  return topics.map((topic) => ({
    topic,
    weight: topicWeight(topic, vocabulary, shares),
    isThing: topic.isName || isThingWord(topic.term),
  }));
}

/**
 * How surely the passage holds a topic word: 1 as typed, less as a typo's completion, a neighbour or in a heading only.
 */
function creditFor(topic: QueryTerm, evidence: TopicEvidence, headingOnly: number): number {
  const bridged = evidence.bridged.get(topic.term);
  if (bridged !== undefined) return bridged;
  if (evidence.inText.has(topic.term)) return evidence.approximate.has(topic.term) ? APPROXIMATE_WEIGHT : 1;
  return evidence.elsewhere.has(topic.term) ? headingOnly : 0;
}

/** Words within this share of the heaviest topic word's weight are the question's main topic. */
export const MAIN_TOPIC_SHARE = 0.8;
/**
 * A main-topic word counts as covered when the passage holds it at least this surely (a synonym, not a broader term).
 */
export const MAIN_TOPIC_CREDIT = 0.6;

/**
 * Rule 6, for passages that cover less than the high-confidence share: the passage must hold the question's main
 * topic (its heaviest word, or one nearly as heavy) as typed, corrected or as a close neighbour. "how much did the
 * strikes cost" is not answered by a passage that "requires" reforms, nor "weather" by one where citizens "hold".
 */
export function coversMainTopic(
  weighted: readonly WeightedTopic[],
  evidence: TopicEvidence,
  headingOnly = HEADING_ONLY_WEIGHT,
): boolean {
  // An everyday descriptive word ("upset", "big") says how, not what: the main topic is among the other words.
  const described = weighted.filter(({ topic }) => topic.absence !== 'everyday');
  const things = described.filter((entry) => entry.isThing);
  const holdsHeaviest = (candidates: readonly WeightedTopic[]) => {
    const heaviest = Math.max(0, ...candidates.map((entry) => entry.weight));
    return candidates.some(
      ({ topic, weight }) =>
        weight > 0 &&
        weight >= MAIN_TOPIC_SHARE * heaviest &&
        creditFor(topic, evidence, headingOnly) >= MAIN_TOPIC_CREDIT,
    );
  };
  if (described.length === 0) return false;
  return holdsHeaviest(described) || (things.length > 0 && holdsHeaviest(things));
}

/**
 * Rule 7: when nouns the corpus never uses, and the passage does not stand in for, carry at least this share of a
 * question's weight ("best pizza restaurant in the southern port"), the passage is not the closest coverage of it but
 * of something else: it may answer only with high confidence.
 */
export const ABSENT_NOUN_SHARE = 0.5;

/**
 * The share of the question's weight held by nouns the corpus never uses and the passage does not cover through a
 * neighbour.
 */
export function absentNounShare(weighted: readonly WeightedTopic[], evidence: TopicEvidence): number {
  const isUncoveredAbsentNoun = (topic: QueryTerm) =>
    (topic.absence === 'everyday-noun' || topic.absence === 'rare') && !evidence.inText.has(topic.term);
  return weightedShare(weighted, (topic) => (isUncoveredAbsentNoun(topic) ? 1 : 0));
}

/**
 * Rule 3's measure: the share of the question's topic weight a passage matches, 0..1 (0 when the question weighs
 * nothing).
 */
export function topicCoverage(
  weighted: readonly WeightedTopic[],
  evidence: TopicEvidence,
  headingOnly = HEADING_ONLY_WEIGHT,
): number {
  return weightedShare(weighted, (topic) => creditFor(topic, evidence, headingOnly));
}

/**
 * The question's weight each topic `counts` for (0..1 of its own weight), as a share of its whole weight; 0 when none.
 */
function weightedShare(weighted: readonly WeightedTopic[], counts: (topic: QueryTerm) => number): number {
  let total = 0;
  let counted = 0;
  for (const { topic, weight } of weighted) {
    total += weight;
    counted += weight * counts(topic);
  }
  return total === 0 ? 0 : counted / total;
}

/**
 * Words at least this common in English (Zipf: "get" 6.7, "go" 6.6, "know" 6.8, "want" 6.4) say nothing of what a
 * question is about; "take", "time" and "make" (6.1–6.3) are left to the weights.
 */
export const COMMONEST_ZIPF = 6.3;

/**
 * Rule 1, again: a question (or a part of one) whose only topic words are among the commonest in English ("where do
 * i get it") has nothing to look for, even when the articles use those words.
 */
export function holdsOnlyCommonestWords(weighted: readonly WeightedTopic[]): boolean {
  return weighted.every(
    ({ topic }) => !topic.isName && topic.absence === undefined && (wordUse(topic.term)?.zipf ?? 0) >= COMMONEST_ZIPF,
  );
}

/** Whether the question weighs anything at all once everyday words are set aside (rule 1, after bridging). */
export function hasTopicWeight(weighted: readonly WeightedTopic[]): boolean {
  return weighted.some(({ weight }) => weight > 0);
}

/** Rules 3 and 4 for one passage. */
export function isConfident(
  coverage: number,
  score: number,
  bestScore: number,
  minCoverage = MIN_COVERAGE,
  minScoreShare = MIN_SCORE_SHARE,
): boolean {
  return coverage >= minCoverage && score >= minScoreShare * bestScore;
}
