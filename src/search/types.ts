// The engine's plain answer values, shared by the CLI, the Discord layer and the benchmark.

/** Another place that reports the same thing as a result (a folded near-duplicate). */
export interface AlsoIn {
  articleId: string;
  title: string;
  outlet?: string;
  paragraph: number;
  /** The part of a paragraph split for length (¶ 12.2), when it was. */
  part?: number;
}

/**
 * A run of a passage's text (of its snippet, or of the whole passage); `marked` runs are words that matched the
 * question.
 */
export interface SnippetSpan {
  text: string;
  marked: boolean;
  /**
   * On a pronoun the engine credited to a person ("she" in "she reiterated"): who it stands for ("Claudia Sheinbaum").
   */
  speaker?: string;
}

export interface SearchResult {
  /** The passage id (`articleId:paragraph`, or `articleId:paragraph.part`). */
  id: string;
  articleId: string;
  title: string;
  outlet?: string;
  url?: string;
  paragraph: number;
  /** The part of a paragraph split for length (cited as ¶ 12.2), when it was. */
  part?: number;
  section: string | null;
  /** The whole passage. */
  text: string;
  /** The best sentence or two (at most ~350 characters), matched words wrapped in `**`. */
  snippet: string;
  /** The same snippet as spans, for faces that mark words their own way (ANSI, escaped Markdown). */
  snippetSpans: SnippetSpan[];
  /**
   * The whole passage as spans (joined, they are `text`), marked as the snippet is: every form of a matched word
   * anywhere in the passage, and each pronoun credited to the person asked about, with `speaker` set.
   */
  textSpans: SnippetSpan[];
  score: number;
  alsoIn: AlsoIn[];
  /** How many distinct articles report this (1 + the distinct articles in alsoIn). */
  reportedBy: number;
  opinion: boolean;
  /**
   * `high`: the passage covers what the question asks. `low`: it covers the question's main topic but not all of it
   * (faces say "Closest coverage — may not answer this exactly"). A declined question has no results at all.
   */
  confidence: Confidence;
}

export type Confidence = 'high' | 'low';

export interface AskOptions {
  /** How many results to return (default 3). */
  limit?: number;
  /** Skip this many confident results first (for "More results"). */
  offset?: number;
  /** Restrict to one article id. */
  source?: string;
}

export interface Answer {
  question: string;
  results: SearchResult[];
  /** True when no passage is a confident match: the coverage does not answer the question. */
  declined: boolean;
  /** How many confident results there are in all, after folding (for "N passages matched" and paging). */
  total: number;
  /** How many articles the engine searched (for "reported by N of M sources"). */
  articleCount: number;
  /**
   * Why a declined question was declined, when its own words say: `no-topic`, it names nothing to look for ("why now
   * tho"); `not-mentioned`, it turns on names or things the coverage never mentions, listed in `missing` as typed
   * ("Justin Trudeau", "tariffs"). Absent when the question was answered, or the coverage simply does not answer it.
   */
  declinedFor?: DeclineReason;
  missing?: string[];
}

export type DeclineReason = 'no-topic' | 'not-mentioned';

/** One article as `/sources` and `npm run sources -- --json` list it. Absent fields are omitted. */
export interface SourceSummary {
  id: string;
  title: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  paragraphs: number;
}

/** Another article's passage that tells the same account as an article's best passage (they fold together). */
export interface SameAccount {
  articleId: string;
  title: string;
  outlet?: string;
  paragraph: number;
  /** The part of a paragraph split for length, when it was. */
  part?: number;
  /** The folding measure between the two passages (0..1; the engine folds at FOLD_THRESHOLD and above). */
  resemblance: number;
}

/**
 * How one article covers a topic in `/compare`:
 * - `topic`: its own words answer the topic (the engine's confident match, restricted to the article);
 * - `same-account`: none of its passages matches the topic confidently, but one folds with a covering article's
 *   account (a paraphrase: "grave violation of our sovereignty" reported as "reiterated her nation's sovereignty");
 * - `none`: neither.
 */
export type CoverageKind = 'topic' | 'same-account' | 'none';

export interface ArticleAccount {
  articleId: string;
  title: string;
  outlet?: string;
  url?: string;
  coverage: CoverageKind;
  /** The article's best passage on the topic, or the passage that folds with another's account; null when none. */
  passage: SearchResult | null;
  /** How many of the article's passages answer the topic confidently: the "most complete account" measure. */
  depth: number;
  /** Other articles whose passages fold with this passage, closest first. */
  sameAs: SameAccount[];
  /** For an article that does not cover the topic: the names typed in the topic it never mentions (as typed). */
  unmentioned: string[];
}

export interface Comparison {
  topic: string;
  /** How many articles cover the topic in their own words. */
  covered: number;
  /** How many more report the same account without the topic's words. */
  sameAccountOnly: number;
  articleCount: number;
  /** True when no article covers the topic: the comparison has nothing to show. */
  declined: boolean;
  /** Every article once: covering ones first, most complete account first, then same-account ones, then the rest. */
  accounts: ArticleAccount[];
}
