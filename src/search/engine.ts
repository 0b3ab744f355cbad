// The engine: a question in, ranked, folded, declined-or-answered results out. Plain values only; it never
// prints, never reads the environment, and `ask` never throws for any string.
import { COUNTRY_US } from './analysis/analyzer.js';
import type { Article, Passage } from '../corpus/types.js';
import { partOf } from '../corpus/citation.js';
import { summarizeArticle } from '../corpus/summary.js';
import { holdsAnswerType } from './analysis/answer-type.js';
import {
  ABSENT_NOUN_SHARE,
  absentNounShare,
  COMMON_WORD_SHARE,
  coversMainTopic,
  coversRareWords,
  type CoverageWeights,
  EVERYDAY_NOUN_SHARE,
  EVERYDAY_SHARE,
  hasTopicWeight,
  holdsOnlyCommonestWords,
  HEADING_ONLY_WEIGHT,
  judgeQuestion,
  MIN_COVERAGE,
  MIN_SCORE_SHARE,
  topicCoverage,
  type WeightedTopic,
  weighTopics,
} from './ranking/decline.js';
import { proximity, topicEvidence, type TopicEvidence } from './ranking/evidence.js';
import { liftSummaries } from './ranking/summary.js';
import { orderAnswers } from './ranking/answer-order.js';
import { sameStemTerms } from './analysis/stem.js';
import { FOLD_THRESHOLD, type FoldCandidate, type FoldedGroup } from './ranking/fold.js';
import { buildPostings } from './index/build-postings.js';
import { BM25, FIELD_BOOSTS } from './index/fields.js';
import { PassageAnalysisCache, type AnalyzedPassage } from './analysis/passage-terms.js';
import { attributionsOf, type Attributions } from './attribution/attributions.js';
import type { Postings } from './index/postings.js';
import { MAX_QUERY_TERMS, planQuery, withoutChatFraming, type Lexicon, type QueryPlan } from './ranking/query.js';
import { allowedEdits, correctionOf } from './analysis/spelling.js';
import { scorePassages, type ScoredPassage, type ScoreOutcome } from './index/scorer.js';
import { makeSnippet } from './ranking/snippet.js';
import { speculatesAbout } from './ranking/possibility.js';
import { speakerAttributionLookup } from './attribution/speaker-attribution.js';
import { quotesSpeaker, quotesTopic, reportsSpeechOf } from './ranking/speech.js';
import { creditSpeaker } from './attribution/credited-speaker.js';
import { createQuoteBook, type QuotedPerson, type Quotes } from './quotes.js';
import { AUXILIARIES, SPEECH_VERBS, WH_WORDS } from './analysis/stopwords.js';
import type { AlsoIn, Answer, AskOptions, Confidence, SearchResult, SourceSummary } from './types.js';
import { vocabularyOf } from './index/vocabulary.js';

export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  sources(): SourceSummary[];
  readonly articles: readonly Article[];
  /** A passage by its citation; a split paragraph without `part` gives its first part. */
  passage(articleId: string, paragraph: number, part?: number): Passage | undefined;
  /**
   * The article a reader's `source` names: its id (as `npm run sources` lists it and autocomplete fills it in) or its
   * headline typed out in full, case and surrounding spaces ignored; undefined when it names none. Both faces resolve
   * `source` here before asking with the article's id.
   */
  findSource(typed: string): Article | undefined;
  /** Every statement the articles attribute to `who`, in article order, near-duplicates folded (quotes.ts). */
  quotes(who: string): Quotes;
  /** The people the articles quote, most quoted first (for /quotes autocomplete). */
  quotedPeople(): QuotedPerson[];
}

export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 10;
/** How many of BM25's best passages are re-ranked, checked for confidence and folded: bounds a question's cost. */
export const MAX_CANDIDATES = 30;
/** How much a passage that quotes or reports the person speaking gains, for questions about what someone said. */
export const SPEECH_BOOST = 1.5;
/**
 * And how much more when the topic words stand inside the quotation, or the person asked about beside one: their own
 * words.
 */
export const QUOTE_BOOST = 1.2;
/** And this much more when the reader asks for the exact words ("Sheinbaum's exact words on …", "quote trump"). */
export const OWN_WORDS_BOOST = 1.5;
/** For questions asked with could/might/may/would, how much a passage that speculates about the topic gains. */
export const POSSIBILITY_BOOST = 1.3;
/** A passage whose topic words stand side by side gains up to this share (proximity 1), scattered ones nothing. */
export const PROXIMITY_WEIGHT = 0.75;
/**
 * A passage holding the kind of answer asked for (a figure for "how many", a date for "when") gains this much: 1.6 since
 * the leave-one-file-out run of `npm run eval` chose it on every fold (1.3 before).
 */
export const ANSWER_TYPE_BOOST = 1.6;
/** A neighbour of a word the reader typed is searched at this share of its credit (well below the typed word). */
export const EXPANSION_BOOST = 0.5;
/**
 * A passage is a high-confidence answer when it covers at least this share of the question's weight; one that covers
 * more than MIN_COVERAGE but less is shown as the closest coverage ("may not answer this exactly").
 */
export const HIGH_COVERAGE = 0.7;

/** Every ranking constant in one value, so an evaluation can try others; createEngine uses the defaults. */
export interface RankingTuning {
  bm25: { k: number; b: number; d: number };
  fieldBoosts: Record<keyof typeof FIELD_BOOSTS, number>;
  proximityWeight: number;
  speechBoost: number;
  quoteBoost: number;
  ownWordsBoost: number;
  possibilityBoost: number;
  headingOnlyWeight: number;
  minCoverage: number;
  highCoverage: number;
  minScoreShare: number;
  foldThreshold: number;
  answerTypeBoost: number;
  expansionBoost: number;
  everydayShare: number;
  everydayNounShare: number;
  commonWordShare: number;
}

export const DEFAULT_TUNING: Readonly<RankingTuning> = Object.freeze({
  bm25: { ...BM25 },
  fieldBoosts: { ...FIELD_BOOSTS },
  proximityWeight: PROXIMITY_WEIGHT,
  speechBoost: SPEECH_BOOST,
  quoteBoost: QUOTE_BOOST,
  ownWordsBoost: OWN_WORDS_BOOST,
  possibilityBoost: POSSIBILITY_BOOST,
  headingOnlyWeight: HEADING_ONLY_WEIGHT,
  minCoverage: MIN_COVERAGE,
  highCoverage: HIGH_COVERAGE,
  minScoreShare: MIN_SCORE_SHARE,
  foldThreshold: FOLD_THRESHOLD,
  answerTypeBoost: ANSWER_TYPE_BOOST,
  expansionBoost: EXPANSION_BOOST,
  everydayShare: EVERYDAY_SHARE,
  everydayNounShare: EVERYDAY_NOUN_SHARE,
  commonWordShare: COMMON_WORD_SHARE,
});

interface Candidate extends FoldCandidate {
  passage: Passage;
  analysis: AnalyzedPassage;
  /** Index terms this passage matched (fuzzy and prefix matches included): what its snippet marks. */
  matchedTerms: ReadonlySet<string>;
  evidence: TopicEvidence;
  /** The share of the question's weight the passage covers, or 0 when it misses a rare word the question is about. */
  coverage: number;
  score: number;
  /** The share of the question's weight the passage covers, before rules 5–7. */
  covered: number;
  /** The score without the coverage factor. */
  baseScore: number;
}

type CandidateGroup = FoldedGroup<Candidate>;

/** Newest first by publication date (ISO dates compare as text); an undated article after every dated one. */
function byNewest(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}

interface PartAnswer {
  plan: QueryPlan;
  groups: CandidateGroup[];
  /** A rule declined the whole question: it names someone or something the coverage never mentions. */
  rejected?: boolean;
  /** The part names nothing to look for. */
  noTopic?: boolean;
  /** When the part is declined, the names and rare words it turns on that the coverage never uses, as typed. */
  missing?: string[];
}

/**
 * The words of `plan` among `terms`, as the reader typed them, in the question's order; words typed side by side
 * make one ("Justin Trudeau"), and a name keeps the other words of it the coverage does use ("New York", "World
 * Cup").
 */
function typedWords(plan: QueryPlan, terms: ReadonlySet<string>): string[] {
  const namePositions = new Set(plan.terms.flatMap((term) => (term.isName && term.typed ? [term.typed.position] : [])));
  const wanted = new Set(
    plan.terms.flatMap((term) => (terms.has(term.term) && term.typed ? [term.typed.position] : [])),
  );
  for (const position of [...wanted]) {
    if (!namePositions.has(position)) continue;
    for (let before = position - 1; namePositions.has(before); before -= 1) wanted.add(before);
    for (let after = position + 1; namePositions.has(after); after += 1) wanted.add(after);
  }
  // One word a position (a hyphenated word gives several terms), in the question's order.
  const textAt = new Map<number, string>();
  for (const { typed } of plan.terms) if (typed && wanted.has(typed.position)) textAt.set(typed.position, typed.text);
  const words: string[] = [];
  let previous = Number.NaN;
  for (const [position, text] of [...textAt].sort(([a], [b]) => a - b)) {
    if (position === previous + 1) words[words.length - 1] += ` ${text}`;
    else words.push(text);
    previous = position;
  }
  return [...new Set(words)];
}

/** Where a second question starts: a semicolon, or "and", "also", "plus" before a question word or an auxiliary. */
const PART_BOUNDARY = new RegExp(
  `\\s*(?:;\\s|,?\\s+(?:and|also|plus)\\s+(?=(?:${[...WH_WORDS, ...AUXILIARIES].join('|')})\\b))\\s*`,
  'i',
);

/**
 * The parts of a two-part question: split where "and", "also" or a semicolon starts a new question ("… and how did
 * the region react?"); one part for every other question.
 */
export function splitQuestion(question: string): string[] {
  const parts = withoutChatFraming(question)
    .split(PART_BOUNDARY)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length < 2) return [question];
  // "Which host interviewed Trump and what did he say was stopped?": a later part's "he" or "she" is the person the
  // first part names, so that part is asked about them too.
  const named = namesIn(parts[0] ?? '');
  return parts
    .slice(0, 3)
    .map((part, index) =>
      index > 0 && named.length > 0 && PERSONAL_PRONOUN.test(part) ? `${part} ${named.join(' ')}` : part,
    );
}

const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/iu;

/** The capitalised words of a question after its first word: the names it was typed with. */
function namesIn(part: string): string[] {
  return part
    .split(/\s+/u)
    .slice(1)
    .map((word) => word.replace(/(?:['’]s)?[^\p{L}]*$/u, '').replace(/^[^\p{L}]+/u, ''))
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

function clampInteger(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * How many results a request for `requested` gets: a whole number from 1 to `max` (the engine's MAX_LIMIT, or less
 * where a face shows fewer), DEFAULT_LIMIT when none was asked for. The one place a result limit is clamped.
 */
export function clampLimit(requested: number | undefined, max: number = MAX_LIMIT): number {
  const ceiling = Math.min(MAX_LIMIT, max);
  return clampInteger(requested, 1, ceiling, Math.min(DEFAULT_LIMIT, ceiling));
}

/** Builds an engine over articles. Articles whose id repeats an earlier one are left out (the loader reports them). */
export function createEngine(articles: readonly Article[], tuning: Partial<RankingTuning> = {}): Engine {
  const distinct = uniqueArticles(articles);
  const attributions = attributionsOf(distinct);
  return assembleEngine(distinct, buildPostings(distinct, attributions), tuning, attributions);
}

export function uniqueArticles(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((article) => !seen.has(article.id) && seen.add(article.id));
}

/** An engine over an index already built or loaded from the cache. */
export function assembleEngine(
  articles: readonly Article[],
  index: Postings,
  tuningOverrides: Partial<RankingTuning> = {},
  /** The speaker attributions worked out when the index was built or saved; without them, per article on demand. */
  attributions?: Attributions,
): Engine {
  const tuning: RankingTuning = { ...DEFAULT_TUNING, ...tuningOverrides };
  const vocabulary = vocabularyOf(index);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const passageById = new Map(
    articles.flatMap((article) => article.passages.map((passage) => [passage.id, passage] as const)),
  );
  const attributionOf =
    attributions === undefined
      ? speakerAttributionLookup(articles)
      : (passageId: string) => attributions.get(passageId);
  const analyses = new PassageAnalysisCache(undefined, attributionOf);
  const quoteBook = createQuoteBook(articles, attributionOf, tuning.foldThreshold);

  const lexicon: Lexicon = {
    isKnownTerm: (term) => vocabulary.frequency(term) > 0,
    correct: (term) => correctionOf(term, index.terms, (candidate) => vocabulary.frequency(candidate)),
    sameStem: (term) => sameStemTerms(term, index.terms),
  };

  function search(plan: QueryPlan, source: string | undefined): ScoreOutcome {
    const typed = plan.terms.map((term) => {
      // A word the corpus contains is taken as typed: fuzzy variants of a known word are mostly other words
      // ("form"/"from") and, on a large corpus, cost more than the rest of the query. Unknown words that are no
      // English word (a typo, a misspelt name) get a typo's tolerance, and, when last, a completion (a word still
      // being typed); an unknown English word ("react") is not a misspelling of a near one ("reach").
      const isUnknown = vocabulary.frequency(term.term) === 0;
      return {
        term: term.term,
        boost: term.boost,
        fuzzy: false as const,
        prefix: isUnknown && term.term === plan.prefixTerm,
      };
    });
    const searched = new Set(typed.map((term) => term.term));
    // Neighbours of words the corpus lacks are searched beside them, well below a word typed.
    const neighbours = plan.terms.flatMap((term) =>
      (term.alternatives ?? []).flatMap((alternative) => {
        if (searched.has(alternative.term)) return [];
        searched.add(alternative.term);
        return [
          {
            term: alternative.term,
            boost: term.boost * alternative.credit * tuning.expansionBoost,
            fuzzy: false as const,
            prefix: false,
          },
        ];
      }),
    );
    return scorePassages(index, [...typed, ...neighbours].slice(0, MAX_QUERY_TERMS), {
      fieldBoosts: tuning.fieldBoosts,
      bm25: tuning.bm25,
      limit: MAX_CANDIDATES,
      ...(source === undefined ? {} : { articleId: source }),
    });
  }

  const weights: CoverageWeights = {
    headingOnly: tuning.headingOnlyWeight,
    everyday: tuning.everydayShare,
    everydayNoun: tuning.everydayNounShare,
    common: tuning.commonWordShare,
  };

  function rank(plan: QueryPlan, found: readonly ScoredPassage[], weighted: readonly WeightedTopic[]): Candidate[] {
    const topics = weighted.map(({ topic }) => topic);
    const speakerTerms = new Set(
      topics.filter((term) => term.isName && term.term !== COUNTRY_US).map((term) => term.term),
    );
    const topicTerms = topics.map((topic) => topic.term);
    const candidates = found.flatMap((result): Candidate[] => {
      const passage = passageById.get(String(result.id));
      if (!passage) return [];
      const analysis = analyses.get(passage.id, passage.text);
      const evidence = topicEvidence(topics, new Set(result.queryTerms), result.terms, analysis, allowedEdits);
      const covered = topicCoverage(weighted, evidence, weights.headingOnly);
      // Rules 5 and 6: a passage that misses a rare word the question is about answers nothing; one that covers only
      // part of the question must at least hold its main topic.
      const isPartial = covered < tuning.highCoverage;
      const asksAboutAbsentThings = absentNounShare(weighted, evidence) >= ABSENT_NOUN_SHARE;
      const coverage =
        !coversRareWords(topics, evidence) ||
        (isPartial && (!coversMainTopic(weighted, evidence, weights.headingOnly) || asksAboutAbsentThings))
          ? 0
          : covered;
      let speech = 1;
      if (plan.asksForSpeech) {
        // "What did Trump claim the cartels are doing": the person named is the speaker wanted, not the cartels; a
        // passage where Trump speaks ranks above one that only mentions him. Without a name, any matched word will do.
        const matched = result.terms.filter((term) => !SPEECH_VERBS.has(term));
        const speakers = matched.filter((term) => speakerTerms.has(term));
        const subjects = new Set(speakerTerms.size > 0 ? speakers : matched);
        if (reportsSpeechOf(analysis, subjects)) speech *= tuning.speechBoost;
        if (quotesTopic(analysis, evidence) || quotesSpeaker(analysis, subjects))
          speech *= tuning.quoteBoost * (plan.asksForQuote === true ? tuning.ownWordsBoost : 1);
      }
      const speculation = plan.asksForPossibility && speculatesAbout(analysis, evidence) ? tuning.possibilityBoost : 1;
      const closeness = 1 + tuning.proximityWeight * proximity(evidence);
      const kind =
        plan.answerType !== null && holdsAnswerType(passage.text, plan.answerType, topicTerms)
          ? tuning.answerTypeBoost
          : 1;
      return [
        {
          passageId: passage.id,
          articleId: passage.articleId,
          terms: analysis.termSet,
          passage,
          analysis,
          matchedTerms: new Set(result.terms),
          evidence,
          coverage,
          covered,
          baseScore: result.score * closeness * speech * speculation * kind,
          score: result.score * coverage * closeness * speech * speculation * kind,
        },
      ];
    });
    if (plan.asksForSummary) liftSummaries(candidates);
    return candidates.sort((a, b) => b.score - a.score || a.passageId.localeCompare(b.passageId));
  }

  function toResult(head: Candidate, others: readonly Candidate[], plan: QueryPlan): SearchResult {
    const confidence: Confidence = head.coverage >= tuning.highCoverage ? 'high' : 'low';
    const article = articleById.get(head.articleId);
    const markTerms = new Set([...head.matchedTerms, ...plan.terms.map((term) => term.term)]);
    const { snippet, snippetSpans, textSpans } = makeSnippet(head.passage.text, head.analysis, markTerms, (term) =>
      vocabulary.idf(term),
    );
    const attribution = attributionOf(head.passage.id);
    const alsoIn: AlsoIn[] = others.map((other) => {
      const otherArticle = articleById.get(other.articleId);
      return {
        articleId: other.articleId,
        title: otherArticle?.title ?? other.articleId,
        ...(otherArticle?.outlet === undefined ? {} : { outlet: otherArticle.outlet }),
        paragraph: other.passage.paragraph,
        ...partOf(other.passage),
      };
    });
    return {
      id: head.passage.id,
      articleId: head.articleId,
      title: article?.title ?? head.articleId,
      ...(article?.outlet === undefined ? {} : { outlet: article.outlet }),
      ...(article?.url === undefined ? {} : { url: article.url }),
      paragraph: head.passage.paragraph,
      ...partOf(head.passage),
      section: head.passage.section,
      text: head.passage.text,
      snippet,
      snippetSpans: creditSpeaker(head.passage.text, snippetSpans, attribution),
      textSpans: creditSpeaker(head.passage.text, textSpans, attribution),
      score: head.score,
      alsoIn,
      reportedBy: new Set([head.articleId, ...others.map((other) => other.articleId)]).size,
      opinion: head.passage.opinion,
      confidence,
    };
  }

  function ask(question: string, options: AskOptions = {}): Answer {
    const text = typeof question === 'string' ? question : '';
    const limit = clampLimit(options.limit);
    const offset = clampInteger(options.offset, 0, Number.MAX_SAFE_INTEGER, 0);
    const declined: Answer = { question: text, results: [], declined: true, total: 0, articleCount: articles.length };
    if (options.source !== undefined && !articleById.has(options.source)) return declined;

    // A two-part question ("Who did Trump speak to and how did Sheinbaum respond?") is two questions: each part is
    // answered on its own and the answers alternate, so neither part's passages crowd out the other's.
    const parts = splitQuestion(text).map((part) => answerPart(part, options.source));
    const rejected = parts.filter((part) => part.rejected === true);
    if (rejected.length > 0)
      return { ...declined, declinedFor: 'not-mentioned', missing: [...new Set(rejected.flatMap(missingOf))] };
    const answered = parts.filter((part) => part.groups.length > 0);
    const merged: Array<{ group: CandidateGroup; plan: QueryPlan }> = [];
    const seen = new Set<string>();
    // Round by round, each part's next passage; within a round, an answer before closest coverage: a part the
    // coverage answers well is not held back by one it answers only in part.
    const isAnswer = (group: CandidateGroup) => group.head.coverage >= tuning.highCoverage;
    for (let index = 0; answered.some((part) => index < part.groups.length); index += 1) {
      const round = answered
        .flatMap((part) => {
          const group = part.groups[index];
          return group === undefined ? [] : [{ group, plan: part.plan }];
        })
        .sort((a, b) => Number(isAnswer(b.group)) - Number(isAnswer(a.group)));
      for (const entry of round) {
        if (seen.has(entry.group.head.passageId)) continue;
        seen.add(entry.group.head.passageId);
        merged.push(entry);
      }
    }
    if (merged.length === 0) {
      const missing = [...new Set(parts.flatMap(missingOf))];
      if (missing.length > 0) return { ...declined, declinedFor: 'not-mentioned', missing };
      return parts.every((part) => part.noTopic === true) ? { ...declined, declinedFor: 'no-topic' } : declined;
    }
    const results = merged
      .slice(offset, offset + limit)
      .map(({ group, plan }) => toResult(group.head, group.others, plan));
    return { question: text, results, declined: false, total: merged.length, articleCount: articles.length };
  }

  const missingOf = (part: PartAnswer): string[] => part.missing ?? [];

  /**
   * A request for the gist with no topic of its own ("tl;dr pls", "key points?") asks for the whole coverage: each
   * article's opening paragraph, the newest articles first (the undated after, in corpus order), at most
   * MAX_CANDIDATES of them; or the opening of the one article asked about.
   */
  function openings(source: string | undefined): CandidateGroup[] {
    const chosen = articles
      .filter((article) => source === undefined || article.id === source)
      .map((article, order) => ({ article, order }))
      .sort((a, b) => byNewest(a.article.published, b.article.published) || a.order - b.order)
      .slice(0, MAX_CANDIDATES);
    return chosen.flatMap(({ article }): CandidateGroup[] => {
      const passage = article.passages[0];
      if (passage === undefined) return [];
      const analysis = analyses.get(passage.id, passage.text);
      const evidence: TopicEvidence = {
        inText: new Map(),
        approximate: new Set(),
        elsewhere: new Set(),
        bridged: new Map(),
      };
      const head: Candidate = {
        passageId: passage.id,
        articleId: article.id,
        terms: analysis.termSet,
        passage,
        analysis,
        matchedTerms: new Set(),
        evidence,
        coverage: 1,
        covered: 1,
        score: 1,
        baseScore: 1,
      };
      return [{ head, others: [] }];
    });
  }

  /** One question's folded confident passages, best first, or why there are none. */
  function answerPart(text: string, source: string | undefined): PartAnswer {
    const plan = planQuery(text, lexicon);
    const weighted = weighTopics(
      plan.terms.filter((term) => term.isTopic),
      vocabulary,
      weights,
    );
    if (!hasTopicWeight(weighted) || holdsOnlyCommonestWords(weighted))
      return { plan, groups: plan.asksForSummary ? openings(source) : [], noTopic: true };
    const found = search(plan, source);
    const verdict = judgeQuestion(plan, found.matchedTerms);
    if (!verdict.answerable)
      return { plan, groups: [], rejected: true, missing: typedWords(plan, new Set(verdict.terms)) };
    const groups = orderAnswers(rank(plan, found.passages, weighted), tuning);
    if (groups.length > 0) return { plan, groups };
    // Declined: the rare words it turns on that nothing in the coverage stands in for ("tariffs") are what is missing.
    const unmatchedRare = weighted
      .map(({ topic }) => topic)
      .filter(
        (topic) =>
          topic.absence === 'rare' && (topic.alternatives ?? []).length === 0 && !found.matchedTerms.has(topic.term),
      );
    return { plan, groups, missing: typedWords(plan, new Set(unmatchedRare.map((topic) => topic.term))) };
  }

  // Compile the analyzer's Unicode regular expressions and the ranking path now, while the engine is being made
  // ready, so the first reader's question does not pay for it (~50 ms otherwise). Answers are pure: no state changes
  // but the bounded analysis cache.
  const firstPassage = articles.find((article) => article.passages.length > 0)?.passages[0];
  if (firstPassage) ask(`what did they say about ${firstPassage.text.split(/\s+/).slice(0, 8).join(' ')}`);

  return {
    ask,
    sources: () => articles.map((article) => summarizeArticle(article)),
    articles,
    passage: (articleId, paragraph, part) =>
      part === undefined
        ? (passageById.get(`${articleId}:${paragraph}`) ?? passageById.get(`${articleId}:${paragraph}.1`))
        : passageById.get(`${articleId}:${paragraph}.${part}`),
    findSource: (typed) => {
      const wanted = typed.trim().toLowerCase();
      if (wanted === '') return undefined;
      return (
        articleById.get(typed.trim()) ??
        articles.find((article) => article.id.toLowerCase() === wanted) ??
        articles.find((article) => article.title.trim().toLowerCase() === wanted)
      );
    },
    quotes: (who) => quoteBook.quotesBy(who),
    quotedPeople: () => quoteBook.people(),
  };
}
