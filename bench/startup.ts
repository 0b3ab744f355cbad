// Start-up, as a user meets it, on the default corpus: `npm run ask` for one question and for the 60-question batch
// (process start included) against the plain MiniSearch script, and the bot from process start to "index ready"
// and to its first answered /ask (against the local Discord stand-in). Each is measured twice: from the sources
// through tsx (how every script started before the compiled build) and from the compiled dist/ (how they start now).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { startStandIn } from '../test/e2e/stand-in/stand-in.js';
import { newPerson } from '../test/e2e/stand-in/payloads.js';
import { median } from './latency.js';

export interface StartupFigures {
  repeats: number;
  questions: number;
  /** Medians in milliseconds, `source` through tsx, `compiled` from dist/. */
  askOneQuestion: { sourceMs: number; compiledMs: number };
  askBatch: { sourceMs: number; compiledMs: number; plainUnderTsxMs: number; plainCompiledMs: number };
  botIndexReady: { sourceMs: number; compiledMs: number };
  botFirstAnswer: { sourceMs: number; compiledMs: number };
}

interface Paths {
  root: string;
  workDir: string;
  corpusDir: string;
  tsxLoader: string;
}

function run(
  args: readonly string[],
  cwd: string,
  input: string,
): Promise<{ ms: number; ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('close', (code) => resolve({ ms: performance.now() - started, ok: code === 0, stderr }));
  });
}

/** The plain MiniSearch script as JavaScript (what a 30-line script would be), next to the corpora. */
function compilePlainScript(paths: Paths): string {
  const source = readFileSync(join(paths.root, 'bench/plain-minisearch-ask.ts'), 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  // Beside the repository's node_modules, so `import MiniSearch from 'minisearch'` resolves.
  const file = join(paths.root, 'bench/.corpora/plain-minisearch-ask.mjs');
  mkdirSync(join(paths.root, 'bench/.corpora'), { recursive: true });
  writeFileSync(file, output);
  return file;
}

/** Starts the bot, and resolves with process start → "index ready" and → its first /ask answered. */
async function timeBot(args: readonly string[], cwd: string): Promise<{ indexReadyMs: number; firstAnswerMs: number }> {
  const standIn = await startStandIn();
  const started = performance.now();
  const startedAt = Date.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? cwd,
      ...standIn.botEnvironment(),
      CORPUS_DIR: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let indexReadyMs = Number.NaN;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (Number.isNaN(indexReadyMs) && output.includes('"msg":"index ready"'))
        indexReadyMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await standIn.waitFor(() => standIn.gateway.isReady, 'the bot to connect', 60_000);
    // Asked the moment the gateway is ready: answered at once if the index is loaded, after a defer if not.
    const answer = await standIn.waitForAnswer(
      standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson()),
      60_000,
    );
    const firstAnswerMs = (answer.record.bodies[0]?.at ?? Number.NaN) - startedAt;
    await standIn.waitFor(
      () => !Number.isNaN(indexReadyMs),
      `"index ready" in the bot's log (${output.slice(-300)})`,
      60_000,
    );
    return { indexReadyMs, firstAnswerMs };
  } finally {
    child.kill('SIGKILL');
    await standIn.stop();
  }
}

export async function measureStartup(
  paths: Paths,
  batch: string,
  repeats: number,
  progress: (line: string) => void,
): Promise<StartupFigures> {
  const corpusFlag = ['--corpus', paths.corpusDir];
  const question = 'what did Sheinbaum say about sovereignty';
  const sourceAsk = ['--import', paths.tsxLoader, join(paths.root, 'src/cli/ask.ts'), ...corpusFlag];
  const compiledAsk = [join(paths.root, 'dist/cli/ask.js'), ...corpusFlag];
  const plainCompiled = compilePlainScript(paths);
  const sourceBot = ['--import', paths.tsxLoader, join(paths.root, 'src/discord/main.ts')];
  const compiledBot = ['--enable-source-maps', join(paths.root, 'dist/discord/main.js')];
  mkdirSync(paths.workDir, { recursive: true });
  // The saved index in the working directory's .cache/index, as after a first start (the bot reads ./corpus there).
  const warm = await run([...compiledAsk, question], paths.workDir, '');
  if (!warm.ok) throw new Error(`npm run ask failed: ${warm.stderr.trim().split('\n').at(-1) ?? ''}`);

  const samples = {
    oneSource: [] as number[],
    oneCompiled: [] as number[],
    batchSource: [] as number[],
    batchCompiled: [] as number[],
    plainTsx: [] as number[],
    plainJs: [] as number[],
  };
  const bot = {
    readySource: [] as number[],
    readyCompiled: [] as number[],
    answerSource: [] as number[],
    answerCompiled: [] as number[],
  };
  for (let round = 1; round <= repeats; round += 1) {
    progress(`start-up ${round}/${repeats}: npm run ask, one question and the batch, from source and compiled`);
    // Interleaved, so a busy moment on a shared machine falls on both ways alike.
    samples.oneSource.push((await run([...sourceAsk, question], paths.workDir, '')).ms);
    samples.oneCompiled.push((await run([...compiledAsk, question], paths.workDir, '')).ms);
    samples.batchSource.push((await run(sourceAsk, paths.workDir, batch)).ms);
    samples.batchCompiled.push((await run(compiledAsk, paths.workDir, batch)).ms);
    samples.plainTsx.push(
      (
        await run(
          ['--import', paths.tsxLoader, join(paths.root, 'bench/plain-minisearch-ask.ts'), paths.corpusDir],
          paths.workDir,
          batch,
        )
      ).ms,
    );
    samples.plainJs.push((await run([plainCompiled, paths.corpusDir], paths.workDir, batch)).ms);
    progress(`start-up ${round}/${repeats}: the bot to "index ready" and its first answer, from source and compiled`);
    const fromSource = await timeBot(sourceBot, paths.root);
    const compiled = await timeBot(compiledBot, paths.root);
    bot.readySource.push(fromSource.indexReadyMs);
    bot.answerSource.push(fromSource.firstAnswerMs);
    bot.readyCompiled.push(compiled.indexReadyMs);
    bot.answerCompiled.push(compiled.firstAnswerMs);
  }
  return {
    repeats,
    questions: batch.split('\n').filter((line) => line.trim() !== '').length,
    askOneQuestion: { sourceMs: median(samples.oneSource), compiledMs: median(samples.oneCompiled) },
    askBatch: {
      sourceMs: median(samples.batchSource),
      compiledMs: median(samples.batchCompiled),
      plainUnderTsxMs: median(samples.plainTsx),
      plainCompiledMs: median(samples.plainJs),
    },
    botIndexReady: { sourceMs: median(bot.readySource), compiledMs: median(bot.readyCompiled) },
    botFirstAnswer: { sourceMs: median(bot.answerSource), compiledMs: median(bot.answerCompiled) },
  };
}
