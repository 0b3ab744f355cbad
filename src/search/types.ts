// The engine's plain answer values, shared by the CLI, the Discord layer and the benchmark.

/** Another place that reports the same thing as a result (a folded near-duplicate). */
export interface AlsoIn {
  articleId: string;
  title: string;
  outlet?: string;
  paragraph: number;
}

/** A run of snippet text; `marked` runs are words that matched the question. */
export interface SnippetSpan {
  text: string;
  marked: boolean;
}

export interface SearchResult {
  /** The passage id (`articleId:paragraph`). */
  id: string;
  articleId: string;
  title: string;
  outlet?: string;
  url?: string;
  paragraph: number;
  section: string | null;
  /** The whole passage. */
  text: string;
  /** The best sentence or two (at most ~350 characters), matched words wrapped in `**`. */
  snippet: string;
  /** The same snippet as spans, for faces that mark words their own way (ANSI, escaped Markdown). */
  snippetSpans: SnippetSpan[];
  score: number;
  alsoIn: AlsoIn[];
  /** How many distinct articles report this (1 + the distinct articles in alsoIn). */
  reportedBy: number;
  opinion: boolean;
}

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
}

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
