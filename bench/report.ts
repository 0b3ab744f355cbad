// The Markdown a benchmark run prints: one table per corpus size, each figure of our engine beside MiniSearch
// with default options and lunr, with ratios (ours / theirs: below 1 is better for us), then the targets.
import type { StartupFigures } from './startup.js';
import type { BenchResult, EngineFigures, EngineOutcome, SizeResult } from './results-types.js';

interface Row {
  label: string;
  read: (figures: EngineFigures) => number;
  format: (value: number) => string;
}

const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);

const rows: Row[] = [
  { label: 'read + split the files (ms)', read: (figures) => figures.loadSplitMs, format: ms },
  { label: 'build the index in memory (ms)', read: (figures) => figures.buildMs, format: ms },
  { label: 'saved index on disk (MB)', read: (figures) => figures.indexBytes, format: mb },
  { label: 'rebuild: read, split, index, save (ms)', read: (figures) => figures.rebuildMs, format: ms },
  { label: 'load the saved index (ms)', read: (figures) => figures.loadPersistedMs, format: ms },
  { label: 'first answer after loading (ms)', read: (figures) => figures.firstAnswerMs, format: ms },
  { label: 'question set: p50 (ms)', read: (figures) => figures.questionLatency.p50, format: ms },
  { label: 'question set: p99 (ms)', read: (figures) => figures.questionLatency.p99, format: ms },
  { label: 'question set: max (ms)', read: (figures) => figures.questionLatency.max, format: ms },
  { label: 'random queries: p50 (ms)', read: (figures) => figures.randomLatency.p50, format: ms },
  { label: 'random queries: p99 (ms)', read: (figures) => figures.randomLatency.p99, format: ms },
  { label: 'random queries: max (ms)', read: (figures) => figures.randomLatency.max, format: ms },
  { label: 'heap after building (MB)', read: (figures) => figures.heapAfterBuildBytes, format: mb },
  { label: 'RSS after building (MB)', read: (figures) => figures.rssAfterBuildBytes, format: mb },
  { label: 'heap after loading the saved index (MB)', read: (figures) => figures.heapAfterOpenBytes, format: mb },
  { label: 'RSS after loading the saved index (MB)', read: (figures) => figures.rssAfterOpenBytes, format: mb },
];

function cell(outcome: EngineOutcome | undefined, row: Row): string {
  return outcome?.ran ? row.format(row.read(outcome.figures)) : '—';
}

function ratio(ours: EngineOutcome | undefined, theirs: EngineOutcome | undefined, row: Row): string {
  if (!ours?.ran || !theirs?.ran) return '—';
  const value = row.read(ours.figures) / row.read(theirs.figures);
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

export function formatSizeTable(size: SizeResult): string {
  const { ours, minisearch, lunr } = size.engines;
  const heading =
    `### ${size.label} (${size.paragraphs.toLocaleString('en')} paragraphs, ` +
    `${size.articles.toLocaleString('en')} articles)`;
  const lines = [
    heading,
    '',
    '| measure | ours | MiniSearch default | ours / MiniSearch | lunr | ours / lunr |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${cell(ours, row)} | ${cell(minisearch, row)} | ${ratio(ours, minisearch, row)} | ` +
        `${cell(lunr, row)} | ${ratio(ours, lunr, row)} |`,
    ),
  ];
  const notes = Object.entries(size.engines).flatMap(([engine, outcome]) =>
    outcome.ran ? [] : [`${engine}: ${outcome.reason}`],
  );
  if ('skipped' in size.askBatch) {
    notes.push(`ask batch: ${size.askBatch.skipped}`);
  } else {
    const batch = size.askBatch;
    const speedup = batch.plainMiniSearchMedianMs / batch.oursMedianMs;
    notes.push(
      `\`npm run ask\` batch of ${batch.questions} questions, process start included: ours ` +
        `${ms(batch.oursMedianMs)} ms, ` +
        `plain MiniSearch script ${ms(batch.plainMiniSearchMedianMs)} ms (ours / plain ${(1 / speedup).toFixed(2)}×: ` +
        `${speedup >= 1 ? `${speedup.toFixed(1)}× faster` : `${(1 / speedup).toFixed(1)}× slower`}); ` +
        `one question, process start to answer: ${ms(batch.oneQuestionMedianMs)} ms`,
    );
  }
  return [...lines, '', ...notes.map((note) => `- ${note}`)].join('\n');
}

/** Start-up before (the sources through tsx) and after (compiled dist/), on the default corpus. */
export function formatStartup(startup: StartupFigures): string {
  const row = (label: string, figures: { sourceMs: number; compiledMs: number }) =>
    `| ${label} | ${ms(figures.sourceMs)} | ${ms(figures.compiledMs)} | ` +
    `${(figures.compiledMs / figures.sourceMs).toFixed(2)}× |`;
  return [
    `### start-up, default corpus (medians of ${startup.repeats} interleaved runs, whole processes)`,
    '',
    '| measure (ms) | from source (tsx) | compiled (dist/) | compiled / source |',
    '|---|---:|---:|---:|',
    row('`npm run ask`, one question: process start to answer', startup.askOneQuestion),
    row(`\`npm run ask\`, batch of ${startup.questions} questions`, {
      sourceMs: startup.askBatch.sourceMs,
      compiledMs: startup.askBatch.compiledMs,
    }),
    row('the bot: process start to "index ready"', startup.botIndexReady),
    row('the bot: process start to its first /ask answered', startup.botFirstAnswer),
    '',
    `- the plain MiniSearch script on the same batch: ${ms(startup.askBatch.plainUnderTsxMs)} ms under tsx, ` +
      `${ms(startup.askBatch.plainCompiledMs)} ms as JavaScript`,
  ].join('\n');
}

interface TargetCheck {
  target: string;
  measured: string;
  isMet: boolean | null;
}

/** The issue's targets, read off the largest synthetic size of at least 100,000 paragraphs and the default corpus. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const large = result.sizes.find((size) => size.label === 'synthetic' && size.paragraphs === 100_000);
  const largeOurs = large?.engines.ours;
  if (large !== undefined && largeOurs?.ran) {
    const figures = largeOurs.figures;
    const p99 = Math.max(figures.questionLatency.p99, figures.randomLatency.p99);
    checks.push({ target: 'query p99 < 20 ms at 100,000 paragraphs', measured: `${ms(p99)} ms`, isMet: p99 < 20 });
    checks.push({
      target: 'saved index loaded < 1.5 s at 100,000',
      measured: `${ms(figures.loadPersistedMs)} ms`,
      isMet: figures.loadPersistedMs < 1_500,
    });
    const heap = Math.max(figures.heapAfterBuildBytes, figures.heapAfterOpenBytes);
    checks.push({ target: 'heap < 1 GB at 100,000', measured: `${mb(heap)} MB`, isMet: heap < 1_073_741_824 });
    if (!('skipped' in large.askBatch)) {
      const speedup = large.askBatch.plainMiniSearchMedianMs / large.askBatch.oursMedianMs;
      checks.push({
        target: 'ask batch of 60 ≥ 2× faster than plain MiniSearch at 100,000',
        measured: `${speedup.toFixed(1)}×`,
        isMet: speedup >= 2,
      });
    }
  }
  const real = result.sizes.find((size) => size.label === 'default corpus');
  if (result.startup !== undefined) {
    const { askOneQuestion, askBatch } = result.startup;
    checks.push({
      target: 'default corpus: one `npm run ask`, process start to answer < 400 ms',
      measured: `${ms(askOneQuestion.compiledMs)} ms`,
      isMet: askOneQuestion.compiledMs < 400,
    });
    checks.push({
      target: 'default corpus: the 60-question batch no slower than the plain MiniSearch script',
      measured:
        `${ms(askBatch.compiledMs)} ms vs ${ms(askBatch.plainUnderTsxMs)} ms (plain as JS: ` +
        `${ms(askBatch.plainCompiledMs)} ms)`,
      isMet: askBatch.compiledMs <= askBatch.plainUnderTsxMs,
    });
  } else if (real !== undefined && !('skipped' in real.askBatch)) {
    checks.push({
      target: 'default corpus: process start to answer < 1 s',
      measured: `${ms(real.askBatch.oneQuestionMedianMs)} ms`,
      isMet: real.askBatch.oneQuestionMedianMs < 1_000,
    });
  }
  if (real?.engines.ours?.ran) {
    const p99 = real.engines.ours.figures.questionLatency.p99;
    checks.push({
      target: 'default corpus: a question answered < 2 ms (p99)',
      measured: `${ms(p99)} ms`,
      isMet: p99 < 2,
    });
  }
  return checks;
}

export function formatReport(result: BenchResult): string {
  const machine =
    `${result.machine.cpus} × ${result.machine.cpuModel}, ${mb(result.machine.totalMemoryBytes)} MB, ` +
    `node ${result.machine.node}`;
  const repeats = Object.entries(result.options.repeats)
    .map(([size, count]) => `${size}: ${count}`)
    .join(', ');
  const targets = checkTargets(result);
  const changed = result.code.uncommittedSourceFiles;
  const uncommitted = changed.length > 0 ? ` plus uncommitted ${changed.join(', ')}` : '';
  return [
    `## Benchmark, ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Code: ${result.code.commit}${uncommitted}. ` +
      `Machine: ${machine}. Medians over repeated runs (${repeats}); each engine, size and measurement in a fresh ` +
      `process.`,
    'Ratios are ours / theirs: below 1× means ours is faster or smaller.',
    '',
    ...(result.startup ? [formatStartup(result.startup), ''] : []),
    ...result.sizes.flatMap((size) => [formatSizeTable(size), '']),
    '### Targets',
    '',
    '| target | measured | met |',
    '|---|---:|---|',
    ...targets.map(
      (check) => `| ${check.target} | ${check.measured} | ${check.isMet === null ? '—' : check.isMet ? 'yes' : 'no'} |`,
    ),
    '',
  ].join('\n');
}
