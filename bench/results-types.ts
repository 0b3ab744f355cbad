// The raw figures a benchmark run writes to bench/results/*.json, and which the table and the chart read.
import type { LatencySummary } from './latency.js';
import type { EngineName } from './measure.js';
import type { StartupFigures } from './startup.js';

/** Medians over the repeated runs of one engine at one size; `runs` keeps every child's own figures. */
export interface EngineFigures {
  passages: number;
  loadSplitMs: number;
  buildMs: number;
  heapAfterBuildBytes: number;
  rssAfterBuildBytes: number;
  questionLatency: LatencySummary;
  randomLatency: LatencySummary;
  rebuildMs: number;
  indexBytes: number;
  loadPersistedMs: number;
  firstAnswerMs: number;
  heapAfterOpenBytes: number;
  rssAfterOpenBytes: number;
}

export type EngineOutcome = { ran: true; figures: EngineFigures; runs: number } | { ran: false; reason: string };

/** The `npm run ask` batch: wall time of whole processes, start included, one figure per repeat. */
export interface AskBatchFigures {
  questions: number;
  oursMs: number[];
  plainMiniSearchMs: number[];
  oursMedianMs: number;
  plainMiniSearchMedianMs: number;
  /** `npm run ask -- "one question"`: process start to answer. */
  oneQuestionMs: number[];
  oneQuestionMedianMs: number;
}

export interface SizeResult {
  /** `default corpus` for the real articles, `synthetic` for generated ones. */
  label: 'default corpus' | 'synthetic';
  paragraphs: number;
  articles: number;
  engines: Partial<Record<EngineName, EngineOutcome>>;
  askBatch: AskBatchFigures | { skipped: string };
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  code: { commit: string; uncommittedSourceFiles: string[] };
  machine: { cpus: number; cpuModel: string; totalMemoryBytes: number; node: string; platform: string };
  options: {
    sizes: number[];
    repeats: Record<string, number>;
    seed: number;
    namesPerArticle: number;
    randomQueries: number;
    questionsFile: string;
    lunrMaxParagraphs: number;
  };
  sizes: SizeResult[];
  /**
   * Start-up on the default corpus, from source (tsx) and compiled (dist/); absent in results from before it was
   * measured.
   */
  startup?: StartupFigures;
}
