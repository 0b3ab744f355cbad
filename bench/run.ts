// `npm run bench`: how every cost grows with the corpus. For each size it generates (or reuses) a synthetic
// corpus, measures our engine, MiniSearch with default options and lunr in fresh child processes, times the
// `npm run ask` batch against a plain MiniSearch script, then prints a Markdown table, writes the raw figures
// to bench/results/ and draws bench/results/chart.svg.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import { drawChart } from './chart.js';
import { CORPORA_ROOT, ensureSyntheticCorpus, type SyntheticCorpus } from './corpora.js';
import { median } from './latency.js';
import type { EngineName, Figures, MeasureOptions, Phase } from './measure.js';
import { corpusVocabulary, drawVocabularyQueries, readQuestionSet } from './queries.js';
import { formatReport } from './report.js';
import { measureStartup } from './startup.js';
import type { AskBatchFigures, BenchResult, EngineFigures, EngineOutcome, SizeResult } from './results-types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench/results');
const MEASURE_SCRIPT = join(ROOT, 'bench/measure.ts');
const PLAIN_ASK_SCRIPT = join(ROOT, 'bench/plain-minisearch-ask.ts');
// `npm run ask` as it runs now: the compiled script (bench builds dist/ first when it is stale).
const ASK_SCRIPT = join(ROOT, 'dist/cli/ask.js');
const TSX_LOADER = import.meta.resolve('tsx');

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const HUGE_SIZE = 1_000_000;
const ASK_BATCH_QUESTIONS = 60;
/** Past this many paragraphs lunr's build takes many minutes and gigabytes; it is left out with a note instead. */
const DEFAULT_LUNR_MAX = 100_000;
/**
 * New names each synthetic article brings (see generateCorpus), so the vocabulary grows with the corpus as a real
 * archive's does; with 0 every corpus has the five training articles' ~1,600 words and every word is common.
 */
const DEFAULT_NAMES_PER_ARTICLE = 4;
/** A child that takes longer is stopped and its row says so, rather than blowing the run's time. */
const CHILD_TIME_LIMIT_MS = 8 * 60_000;

interface RunOptions {
  sizes: number[];
  seed: number;
  namesPerArticle: number;
  trainDir: string;
  questionsFile: string;
  randomQueries: number;
  lunrMaxParagraphs: number;
  repeatsFor: (paragraphs: number) => number;
  repeatsLabel: Record<string, number>;
  startupOnly: boolean;
  startupRepeats: number;
}

const usage = `Usage: npm run bench -- [options]

Measures loading, indexing, the saved index, query latency and memory at growing corpus sizes, for this
engine, MiniSearch with default options and lunr; prints a table, writes bench/results/*.json and chart.svg.

  --sizes 1000,10000   corpus sizes in paragraphs (default ${DEFAULT_SIZES.join(',')})
  --huge               add ${HUGE_SIZE.toLocaleString('en')} paragraphs (needs several GB of memory and a long time)
  --quick              a short run: 1000 and 10000 paragraphs, one repeat, 50 random queries
  --repeats N          runs of each measurement (default 3 up to 10,000 paragraphs, 1 above)
  --lunr-max N         largest corpus lunr is measured on (default ${DEFAULT_LUNR_MAX})
  --seed N             the synthetic corpora's seed (default 1)
  --names N            new names each synthetic article brings, so the vocabulary grows with the corpus
                       (default ${DEFAULT_NAMES_PER_ARTICLE}; 0 keeps only the training articles' words)
  --train DIR          the real corpus the generator learns from (default ./corpus)
  --startup-only       only the start-up figures (npm run ask and the bot, from source and compiled)`;

function parseRunArgs(argv: readonly string[]): RunOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        huge: { type: 'boolean' },
        quick: { type: 'boolean' },
        repeats: { type: 'string' },
        'lunr-max': { type: 'string' },
        seed: { type: 'string', default: '1' },
        names: { type: 'string', default: String(DEFAULT_NAMES_PER_ARTICLE) },
        train: { type: 'string', default: 'corpus' },
        'startup-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (values.help) return '';
  const wholeNumber = (text: string | undefined, flag: string, min: number): number | string => {
    const number = Number(text);
    return Number.isInteger(number) && number >= min
      ? number
      : `${flag} needs a whole number of at least ${min}, not "${text ?? ''}"`;
  };
  let sizes = values.quick ? [1_000, 10_000] : DEFAULT_SIZES;
  if (values.sizes !== undefined) {
    const parsed = values.sizes.split(',').map((size) => wholeNumber(size.trim().replace(/_/gu, ''), '--sizes', 1));
    const bad = parsed.find((size) => typeof size === 'string');
    if (bad !== undefined) return `${bad} (give sizes in paragraphs, separated by commas: --sizes 1000,10000)`;
    sizes = parsed as number[];
  }
  if (values.huge && !sizes.includes(HUGE_SIZE)) sizes = [...sizes, HUGE_SIZE];
  sizes = [...new Set(sizes)].sort((left, right) => left - right);

  const repeats = values.repeats === undefined ? null : wholeNumber(values.repeats, '--repeats', 1);
  const lunrMax =
    values['lunr-max'] === undefined ? DEFAULT_LUNR_MAX : wholeNumber(values['lunr-max'], '--lunr-max', 0);
  const seed = wholeNumber(values.seed, '--seed', 0);
  const names = wholeNumber(values.names, '--names', 0);
  for (const value of [repeats, lunrMax, seed, names]) if (typeof value === 'string') return value;
  const repeatsFor = (paragraphs: number): number =>
    typeof repeats === 'number' ? repeats : values.quick ? 1 : paragraphs <= 10_000 ? 3 : 1;
  return {
    sizes,
    seed: seed as number,
    namesPerArticle: names as number,
    trainDir: values.train,
    questionsFile: join(ROOT, 'test/fixtures/questions.jsonl'),
    randomQueries: values.quick ? 50 : 200,
    lunrMaxParagraphs: lunrMax as number,
    repeatsFor,
    repeatsLabel: Object.fromEntries(sizes.map((size) => [String(size), repeatsFor(size)])),
    startupOnly: values['startup-only'] ?? false,
    startupRepeats: typeof repeats === 'number' ? repeats : values.quick ? 3 : 5,
  };
}

interface ChildOutcome {
  ok: boolean;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs `node <args>` to completion (or the time limit), feeding `input` to its standard input. */
function runNode(
  args: readonly string[],
  options: { cwd?: string; input?: string; timeLimitMs?: number } = {},
): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeLimitMs ?? CHILD_TIME_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        ok: code === 0 && !timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: performance.now() - started,
        timedOut,
      });
    });
  });
}

function heapFlags(paragraphs: number): string[] {
  // The default old-space limit (about 4 GB here) is too small for the peers at a million paragraphs.
  return paragraphs > 100_000 ? ['--max-old-space-size=16384'] : [];
}

async function measureInChild(options: MeasureOptions, paragraphs: number): Promise<Figures | string> {
  const outcome = await runNode([
    '--expose-gc',
    ...heapFlags(paragraphs),
    '--import',
    TSX_LOADER,
    MEASURE_SCRIPT,
    `--engine=${options.engine}`,
    `--phase=${options.phase}`,
    `--corpus=${options.corpusDir}`,
    `--cache=${options.cacheDir}`,
    `--questions=${options.questionsFile}`,
    `--seed=${options.querySeed}`,
    `--random-queries=${options.randomQueries}`,
  ]);
  if (outcome.timedOut) return `stopped after ${CHILD_TIME_LIMIT_MS / 60_000} min`;
  if (!outcome.ok) return `failed: ${outcome.stderr.trim().split('\n').at(-1) ?? 'no message'}`;
  return JSON.parse(outcome.stdout.trim().split('\n').at(-1) ?? '') as Figures;
}

function progress(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

async function measureEngine(engine: EngineName, corpus: SyntheticCorpus, options: RunOptions): Promise<EngineOutcome> {
  const repeats = options.repeatsFor(corpus.paragraphs);
  const cacheDir = join(corpus.workDir, '.cache', engine === 'ours' ? 'index' : engine);
  const base = {
    engine,
    corpusDir: corpus.corpusDir,
    cacheDir,
    questionsFile: options.questionsFile,
    querySeed: options.seed + 6,
    randomQueries: options.randomQueries,
  };
  const runs: Record<Phase, Figures[]> = { build: [], persist: [], open: [] };
  for (const phase of ['build', 'persist', 'open'] as const) {
    for (let run = 1; run <= repeats; run += 1) {
      progress(`${corpus.paragraphs} paragraphs · ${engine} · ${phase} ${run}/${repeats}`);
      const figures = await measureInChild({ ...base, phase }, corpus.paragraphs);
      if (typeof figures === 'string') return { ran: false, reason: `${phase} ${figures}` };
      runs[phase].push(figures);
    }
  }
  return { ran: true, runs: repeats, figures: medianFigures(runs) };
}

function medianFigures(runs: Record<Phase, Figures[]>): EngineFigures {
  const build = runs.build.filter((figures) => figures.phase === 'build');
  const persist = runs.persist.filter((figures) => figures.phase === 'persist');
  const open = runs.open.filter((figures) => figures.phase === 'open');
  const of = <T>(list: T[], read: (figures: T) => number): number => median(list.map(read));
  return {
    passages: of(build, (figures) => figures.passages),
    loadSplitMs: of(build, (figures) => figures.loadSplitMs),
    buildMs: of(build, (figures) => figures.buildMs),
    heapAfterBuildBytes: of(build, (figures) => figures.heapUsedBytes),
    rssAfterBuildBytes: of(build, (figures) => figures.rssBytes),
    questionLatency: {
      count: of(build, (figures) => figures.questionLatency.count),
      p50: of(build, (figures) => figures.questionLatency.p50),
      p99: of(build, (figures) => figures.questionLatency.p99),
      max: of(build, (figures) => figures.questionLatency.max),
    },
    randomLatency: {
      count: of(build, (figures) => figures.randomLatency.count),
      p50: of(build, (figures) => figures.randomLatency.p50),
      p99: of(build, (figures) => figures.randomLatency.p99),
      max: of(build, (figures) => figures.randomLatency.max),
    },
    rebuildMs: of(persist, (figures) => figures.rebuildMs),
    indexBytes: of(persist, (figures) => figures.indexBytes),
    loadPersistedMs: of(open, (figures) => figures.loadPersistedMs),
    firstAnswerMs: of(open, (figures) => figures.firstAnswerMs),
    heapAfterOpenBytes: of(open, (figures) => figures.heapUsedBytes),
    rssAfterOpenBytes: of(open, (figures) => figures.rssBytes),
  };
}

/**
 * The `npm run ask` batch as a user runs it (a whole process, start included, the saved index in `.cache/index`
 * of its working directory) against a plain MiniSearch script that reads, splits and indexes the same files.
 */
async function measureAskBatch(
  corpus: SyntheticCorpus,
  batch: string,
  repeats: number,
): Promise<AskBatchFigures | { skipped: string }> {
  const oursMs: number[] = [];
  const plainMiniSearchMs: number[] = [];
  const oneQuestionMs: number[] = [];
  const firstQuestion = batch.split('\n')[0] ?? 'cartels';
  for (let run = 1; run <= repeats; run += 1) {
    progress(`${corpus.paragraphs} paragraphs · ask batch ${run}/${repeats}`);
    const ours = await runNode([...heapFlags(corpus.paragraphs), ASK_SCRIPT, '--corpus', corpus.corpusDir], {
      cwd: corpus.workDir,
      input: batch,
    });
    if (!ours.ok) return { skipped: `npm run ask failed: ${ours.stderr.trim().split('\n').at(-1) ?? ''}` };
    const plain = await runNode(
      [...heapFlags(corpus.paragraphs), '--import', TSX_LOADER, PLAIN_ASK_SCRIPT, corpus.corpusDir],
      { input: batch },
    );
    if (!plain.ok)
      return { skipped: `the plain MiniSearch script failed: ${plain.stderr.trim().split('\n').at(-1) ?? ''}` };
    const one = await runNode(
      [...heapFlags(corpus.paragraphs), ASK_SCRIPT, '--corpus', corpus.corpusDir, '--', firstQuestion],
      {
        cwd: corpus.workDir,
      },
    );
    if (!one.ok)
      return { skipped: `npm run ask with one question failed: ${one.stderr.trim().split('\n').at(-1) ?? ''}` };
    oursMs.push(ours.ms);
    plainMiniSearchMs.push(plain.ms);
    oneQuestionMs.push(one.ms);
  }
  const questions = batch.split('\n').filter((line) => line.trim() !== '').length;
  return {
    questions,
    oursMs,
    plainMiniSearchMs,
    oursMedianMs: median(oursMs),
    plainMiniSearchMedianMs: median(plainMiniSearchMs),
    oneQuestionMs,
    oneQuestionMedianMs: median(oneQuestionMs),
  };
}

/** The commit measured, and the files under src/ that differed from it (the working tree is what ran). */
async function describeCode(): Promise<{ commit: string; uncommittedSourceFiles: string[] }> {
  const git = async (args: string[]): Promise<string> => {
    const outcome = await new Promise<string>((resolve) => {
      const child = spawn('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', () => resolve(''));
      child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    return outcome.trim();
  };
  const commit = (await git(['rev-parse', '--short', 'HEAD'])) || 'unknown';
  const status = await git(['status', '--porcelain', '--', 'src']);
  return { commit, uncommittedSourceFiles: status === '' ? [] : status.split('\n').map((line) => line.slice(3)) };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseRunArgs(argv);
  if (typeof options === 'string') {
    if (options === '') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    process.stderr.write(`bench: ${options}\n\n${usage}\n`);
    return 2;
  }
  const training = await loadCorpus(options.trainDir);
  if (training.articles.length === 0) {
    process.stderr.write(
      `bench: no articles to learn from in ${options.trainDir}; point --train at the real corpus directory\n`,
    );
    return 1;
  }
  const questions = await readQuestionSet(options.questionsFile);
  const trainingVocabulary = corpusVocabulary(
    training.articles.flatMap((article) => article.passages.map((passage) => passage.text)),
  );
  const batchQueries = [
    ...questions,
    ...drawVocabularyQueries(trainingVocabulary, {
      count: Math.max(0, ASK_BATCH_QUESTIONS - questions.length),
      seed: options.seed + 60,
    }),
  ].slice(0, ASK_BATCH_QUESTIONS);
  const batch = `${batchQueries.join('\n')}\n`;

  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    process.stderr.write('bench: the build failed (see above); npm run ask is measured compiled, so fix it first\n');
    return 1;
  }
  const startedAt = new Date();
  const sizes: SizeResult[] = [];
  const realCorpus: SyntheticCorpus = {
    workDir: join(CORPORA_ROOT, 'default-corpus'),
    corpusDir: resolve(options.trainDir),
    articles: training.articles.length,
    paragraphs: training.articles.reduce((sum, article) => sum + article.passages.length, 0),
    reused: true,
  };
  const corpora: Array<() => Promise<SyntheticCorpus>> = [
    () => Promise.resolve(realCorpus),
    ...options.sizes.map((paragraphs) => async () => {
      progress(`${paragraphs} paragraphs · preparing the synthetic corpus`);
      const corpus = await ensureSyntheticCorpus({
        seed: options.seed,
        paragraphs,
        namesPerArticle: options.namesPerArticle,
        training: training.articles,
      });
      progress(
        `${paragraphs} paragraphs · ${corpus.articles} articles in ` +
          `${corpus.corpusDir}${corpus.reused ? ' (reused)' : ''}`,
      );
      return corpus;
    }),
  ];
  await mkdir(realCorpus.workDir, { recursive: true });
  const startup = await measureStartup(
    { root: ROOT, workDir: join(CORPORA_ROOT, 'startup'), corpusDir: realCorpus.corpusDir, tsxLoader: TSX_LOADER },
    batch,
    options.startupRepeats,
    progress,
  );
  for (const prepare of options.startupOnly ? [] : corpora) {
    const corpus = await prepare();
    const paragraphs = corpus.paragraphs;
    const engines: SizeResult['engines'] = {};
    engines.ours = await measureEngine('ours', corpus, options);
    engines.minisearch = await measureEngine('minisearch', corpus, options);
    engines.lunr =
      paragraphs <= options.lunrMaxParagraphs
        ? await measureEngine('lunr', corpus, options)
        : {
            ran: false,
            reason:
              `not run above ${options.lunrMaxParagraphs.toLocaleString('en')} paragraphs (raise with ` + `--lunr-max)`,
          };
    // The ask batch needs our saved index in the corpus's .cache/index: the persist phase above left it there.
    const askBatch = engines.ours.ran
      ? await measureAskBatch(corpus, batch, options.repeatsFor(paragraphs))
      : { skipped: 'our engine could not be measured at this size' };
    sizes.push({
      label: corpus === realCorpus ? 'default corpus' : 'synthetic',
      paragraphs,
      articles: corpus.articles,
      engines,
      askBatch,
    });
  }

  const result: BenchResult = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    code: await describeCode(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      totalMemoryBytes: totalmem(),
      node: process.version,
      platform: process.platform,
    },
    options: {
      sizes: options.sizes,
      repeats: options.repeatsLabel,
      seed: options.seed,
      namesPerArticle: options.namesPerArticle,
      randomQueries: options.randomQueries,
      questionsFile: 'test/fixtures/questions.jsonl',
      lunrMaxParagraphs: options.lunrMaxParagraphs,
    },
    sizes,
    startup,
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const stamp = startedAt.toISOString().slice(0, 16).replace(/:/gu, '');
  if (options.startupOnly) {
    // A partial run: its own file, leaving latest.json and the chart to the last full run.
    const resultFile = join(RESULTS_DIR, `${stamp}-startup.json`);
    await writeFile(resultFile, json, 'utf8');
    process.stdout.write(`${formatReport(result)}\nRaw figures: ${resultFile}\n`);
    return 0;
  }
  const resultFile = join(RESULTS_DIR, `${stamp}-${options.sizes.join('_')}.json`);
  await writeFile(resultFile, json, 'utf8');
  await writeFile(join(RESULTS_DIR, 'latest.json'), json, 'utf8');
  await writeFile(join(RESULTS_DIR, 'chart.svg'), drawChart(result), 'utf8');
  process.stdout.write(
    `${formatReport(result)}\nRaw figures: ${resultFile} (and bench/results/latest.json); chart: ` +
      `bench/results/chart.svg\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
