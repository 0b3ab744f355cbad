// Where our engine spends its time on a corpus: a V8 CPU profile of one stage (building the index, opening the
// saved index, or answering the question set and random queries), summed by function, self and inclusive.
//
//   npx tsx bench/profile.ts --corpus bench/.corpora/seed1-p100000-n4/corpus --stage ask [--top 25]
import { Session, type Profiler } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import { createEngine, openEngine } from '../src/search/index.js';
import { corpusVocabulary, drawVocabularyQueries, readQuestionSet } from './queries.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STAGES = ['build', 'open', 'ask'] as const;
type Stage = (typeof STAGES)[number];

export interface FunctionTime {
  name: string;
  selfMs: number;
  inclusiveMs: number;
}

/** Sums a CPU profile by function (name, file, line), leaving out node's own module loading. */
export function sumByFunction(profile: Profiler.Profile): FunctionTime[] {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sampledMs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, position) =>
    sampledMs.set(id, (sampledMs.get(id) ?? 0) + (deltas[position] ?? 0) / 1000),
  );

  const label = (id: number): string => {
    const frame = nodeById.get(id)?.callFrame;
    if (frame === undefined) return '(unknown)';
    const file = frame.url.startsWith('file://') ? relative(ROOT, fileURLToPath(frame.url)) : frame.url;
    return `${frame.functionName || '(anonymous)'} ${file}${file === '' ? '' : `:${frame.lineNumber + 1}`}`;
  };
  const times = new Map<string, FunctionTime>();
  const timeOf = (name: string): FunctionTime => {
    let time = times.get(name);
    if (time === undefined) times.set(name, (time = { name, selfMs: 0, inclusiveMs: 0 }));
    return time;
  };
  for (const [id, ms] of sampledMs) {
    timeOf(label(id)).selfMs += ms;
    // Inclusive: once per distinct function on the stack, so recursion is not counted twice.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const name = label(current);
      if (!seen.has(name)) timeOf(name).inclusiveMs += ms;
      seen.add(name);
    }
  }
  // The profiler's own stop call and node's module loading are not the engine's time.
  return [...times.values()].filter(
    (time) =>
      !/^(\((root|program|idle)\)|dispatch )/u.test(time.name) &&
      !/node:(internal|inspector)/u.test(time.name) &&
      !time.name.includes('bench/profile.ts'),
  );
}

async function runStage(stage: Stage, corpusDir: string, cacheDir: string): Promise<() => unknown> {
  if (stage === 'build') {
    const corpus = await loadCorpus(corpusDir);
    return () => createEngine(corpus.articles);
  }
  // Make sure a saved index exists before the profiled part, so "open" measures a cache hit.
  await openEngine(corpusDir, { cacheDir });
  if (stage === 'open') return () => openEngine(corpusDir, { cacheDir });
  const { engine } = await openEngine(corpusDir, { cacheDir });
  const questions = await readQuestionSet(join(ROOT, 'test/fixtures/questions.jsonl'));
  const texts = engine.articles.slice(0, 300).flatMap((article) => article.passages.map((passage) => passage.text));
  const queries = [...questions, ...drawVocabularyQueries(corpusVocabulary(texts), { count: 200, seed: 7 })];
  return () => queries.map((query) => engine.ask(query));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      stage: { type: 'string', default: 'ask' },
      cache: { type: 'string' },
      top: { type: 'string', default: '25' },
    },
  });
  const stage = STAGES.find((name) => name === values.stage);
  if (values.corpus === undefined || stage === undefined) {
    process.stderr.write(
      `Usage: npx tsx bench/profile.ts --corpus DIR [--stage ${STAGES.join('|')}] [--cache DIR] [--top N]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const cacheDir = values.cache ?? join(values.corpus, '..', '.cache', 'index');
  const work = await runStage(stage, values.corpus, cacheDir);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const started = performance.now();
  await work();
  const elapsedMs = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const top = Number(values.top);
  const times = sumByFunction(profile);
  const rows = (key: 'selfMs' | 'inclusiveMs') =>
    [...times]
      .sort((left, right) => right[key] - left[key])
      .slice(0, top)
      .map((time) => `${time[key].toFixed(0).padStart(8)} ms  ${time.name}`);
  process.stdout.write(
    [
      `${stage} on ${values.corpus}: ${elapsedMs.toFixed(0)} ms`,
      '',
      'self time:',
      ...rows('selfMs'),
      '',
      'inclusive time:',
      ...rows('inclusiveMs'),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
