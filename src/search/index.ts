// The search core's one door: what the faces (src/cli, src/discord), the live engine and the benchmark use. Behind it,
// analysis/ turns text into terms, index/ holds and scores the postings, ranking/ plans a question and judges and
// folds the passages, attribution/ credits reported speech, persistence/ saves and reopens the index; engine.ts puts
// them together. Tests may reach behind the door; the faces do not.
export type {
  AlsoIn,
  Answer,
  ArticleAccount,
  AskOptions,
  Comparison,
  Confidence,
  CoverageKind,
  DeclineReason,
  SameAccount,
  SearchResult,
  SnippetSpan,
  SourceSummary,
} from './types.js';
export {
  assembleEngine,
  clampLimit,
  createEngine,
  DEFAULT_LIMIT,
  DEFAULT_TUNING,
  MAX_LIMIT,
  uniqueArticles,
  type Engine,
  type RankingTuning,
} from './engine.js';
export { compareCoverage } from './compare.js';
export type { QuotedPerson, Quotes, Statement } from './quotes.js';
export { DEFAULT_CACHE_DIR, openEngine, type OpenedEngine, type OpenOptions } from './persistence/open.js';
export { snapshotPath } from './persistence/persist.js';
export { buildPostings } from './index/build-postings.js';
export { attributionsOf } from './attribution/attributions.js';
export { analyze } from './analysis/analyzer.js';
export { STOPWORDS } from './analysis/stopwords.js';
