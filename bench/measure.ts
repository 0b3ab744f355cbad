// One measurement of one engine on one corpus, run by bench/run.ts in a fresh `node --expose-gc` process so
// heaps and start-up costs of different engines and sizes never mix. Prints one JSON line of figures.
//
//   node --expose-gc --import tsx bench/measure.ts --engine ours --phase build --corpus DIR --cache DIR ...
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../src/cli/cli-io.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import { createEngine, openEngine } from '../src/search/index.js';
import { summarizeLatencies, type LatencySummary } from './latency.js';
import { loadPeerIndex, serializePeerIndex, type PeerName } from './peer-persistence.js';
import { lunrDefault, miniSearchDefault, type PeerEngine } from './peers.js';
import { corpusVocabulary, drawVocabularyQueries, readQuestionSet } from './queries.js';

export const ENGINES = ['ours', 'minisearch', 'lunr'] as const;
export type EngineName = (typeof ENGINES)[number];
export const PHASES = ['build', 'persist', 'open'] as const;
export type Phase = (typeof PHASES)[number];

export interface MemoryFigures {
  heapUsedBytes: number;
  rssBytes: number;
}

/** What a `build` child reports: the corpus read and split, the index built in memory, queries timed. */
export interface BuildFigures extends MemoryFigures {
  phase: 'build';
  passages: number;
  loadSplitMs: number;
  buildMs: number;
  questionLatency: LatencySummary;
  randomLatency: LatencySummary;
}

/** A `persist` child: the whole rebuild path (read, split, index, save) and the saved index's size. */
export interface PersistFigures {
  phase: 'persist';
  rebuildMs: number;
  indexBytes: number;
}

/** An `open` child: the saved index loaded until the engine can answer, and the memory it then holds. */
export interface OpenFigures extends MemoryFigures {
  phase: 'open';
  loadPersistedMs: number;
  firstAnswerMs: number;
}

export type Figures = BuildFigures | PersistFigures | OpenFigures;

export interface MeasureOptions {
  engine: EngineName;
  phase: Phase;
  corpusDir: string;
  cacheDir: string;
  questionsFile: string;
  querySeed: number;
  randomQueries: number;
}

/** Each question is asked this many times so p99 rests on more than a handful of samples. */
const QUESTION_PASSES = 5;

const peerEngines: Record<Exclude<EngineName, 'ours'>, PeerEngine> = {
  minisearch: miniSearchDefault,
  lunr: lunrDefault,
};

export async function measure(options: MeasureOptions): Promise<Figures> {
  if (options.phase === 'build') return measureBuild(options);
  if (options.phase === 'persist') return measurePersist(options);
  return measureOpen(options);
}

async function measureBuild(options: MeasureOptions): Promise<BuildFigures> {
  const loadStarted = performance.now();
  const corpus = await loadCorpus(options.corpusDir);
  const loadSplitMs = performance.now() - loadStarted;
  const passages = corpus.articles.flatMap((article) => article.passages);

  const buildStarted = performance.now();
  const answer = buildAnswerer(options.engine, corpus.articles);
  const buildMs = performance.now() - buildStarted;
  const memory = memoryAfterGc();

  const questions = await readQuestionSet(options.questionsFile);
  const randomQueries = drawVocabularyQueries(corpusVocabulary(passages.map((passage) => passage.text)), {
    count: options.randomQueries,
    seed: options.querySeed,
  });
  // One untimed pass first, so the timings are of warm code, as in a long-running bot.
  for (const query of [...questions, ...randomQueries]) answer(query);
  const questionTimes = Array.from({ length: QUESTION_PASSES }, () => timeEach(answer, questions)).flat();
  return {
    phase: 'build',
    passages: passages.length,
    loadSplitMs,
    buildMs,
    ...memory,
    questionLatency: summarizeLatencies(questionTimes),
    randomLatency: summarizeLatencies(timeEach(answer, randomQueries)),
  };
}

function buildAnswerer(engine: EngineName, articles: Article[]): (question: string) => unknown {
  if (engine === 'ours') {
    const built = createEngine(articles);
    return (question) => built.ask(question);
  }
  const index = peerEngines[engine].build(articles.flatMap((article) => article.passages));
  return (question) => index.search(question, 3);
}

async function measurePersist(options: MeasureOptions): Promise<PersistFigures> {
  await rm(options.cacheDir, { recursive: true, force: true });
  const started = performance.now();
  if (options.engine === 'ours') {
    const opened = await openEngine(options.corpusDir, { cacheDir: options.cacheDir });
    if (opened.from !== 'built')
      throw new Error(`measure: expected a fresh build in the emptied ${options.cacheDir}, got "${opened.from}"`);
  } else {
    const corpus = await loadCorpus(options.corpusDir);
    const json = serializePeerIndex(
      options.engine,
      corpus.articles.flatMap((article) => article.passages),
    );
    await mkdir(options.cacheDir, { recursive: true });
    await writeFile(peerIndexFile(options), json, 'utf8');
  }
  const rebuildMs = performance.now() - started;
  return { phase: 'persist', rebuildMs, indexBytes: await directoryBytes(options.cacheDir) };
}

async function measureOpen(options: MeasureOptions): Promise<OpenFigures> {
  const [question] = await readQuestionSet(options.questionsFile);
  const started = performance.now();
  let answer: (question: string) => unknown;
  if (options.engine === 'ours') {
    const opened = await openEngine(options.corpusDir, { cacheDir: options.cacheDir });
    if (opened.from !== 'cache') {
      throw new Error(
        `measure: the index saved in ${options.cacheDir} was not used (openEngine rebuilt it); run the persist ` +
          `phase first`,
      );
    }
    answer = (text) => opened.engine.ask(text);
  } else {
    answer = loadPeerIndex(options.engine, await readFile(peerIndexFile(options), 'utf8'));
  }
  const loadPersistedMs = performance.now() - started;
  const firstStarted = performance.now();
  answer(question ?? 'cartels');
  const firstAnswerMs = performance.now() - firstStarted;
  return { phase: 'open', loadPersistedMs, firstAnswerMs, ...memoryAfterGc() };
}

function peerIndexFile(options: MeasureOptions): string {
  return join(options.cacheDir, `${options.engine as PeerName}.json`);
}

function timeEach(answer: (question: string) => unknown, queries: readonly string[]): number[] {
  return queries.map((query) => {
    const started = performance.now();
    answer(query);
    return performance.now() - started;
  });
}

function memoryAfterGc(): MemoryFigures {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined)
    throw new Error('measure: run node with --expose-gc so memory is read after a full collection');
  collect();
  collect();
  const usage = process.memoryUsage();
  return { heapUsedBytes: usage.heapUsed, rssBytes: usage.rss };
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(path) : (await stat(path)).size;
  }
  return total;
}

function parseMeasureArgs(argv: readonly string[]): MeasureOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      engine: { type: 'string' },
      phase: { type: 'string' },
      corpus: { type: 'string' },
      cache: { type: 'string' },
      questions: { type: 'string' },
      seed: { type: 'string', default: '7' },
      'random-queries': { type: 'string', default: '200' },
    },
  });
  const engine = ENGINES.find((name) => name === values.engine);
  const phase = PHASES.find((name) => name === values.phase);
  if (engine === undefined)
    throw new Error(`--engine must be one of ${ENGINES.join(', ')}, not "${values.engine ?? ''}"`);
  if (phase === undefined) throw new Error(`--phase must be one of ${PHASES.join(', ')}, not "${values.phase ?? ''}"`);
  if (!values.corpus || !values.cache || !values.questions)
    throw new Error('--corpus, --cache and --questions are all required');
  return {
    engine,
    phase,
    corpusDir: values.corpus,
    cacheDir: values.cache,
    questionsFile: values.questions,
    querySeed: Number(values.seed),
    randomQueries: Number(values['random-queries']),
  };
}

if (isEntryPoint(import.meta.url)) {
  measure(parseMeasureArgs(process.argv.slice(2))).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`measure: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
