// `npm run ask`: answers one question (or one a line from standard input) from the articles, as readable
// passages with citations or as JSON. Thin: arguments → config → engine → render.
import { createInterface } from 'node:readline';
import { loadConfig, type ConfigResult } from '../config.js';
import type { AskOptions, Engine } from '../search/index.js';
import { askUsage, parseAskArgs, type AskArgs } from './args.js';
import { argumentsOrExit, isEntryPoint, runAsProcess, writeOut, type CliDependencies, type CliIo } from './cli-io.js';
import { openEngineForCli } from './open-corpus.js';
import { renderAnswer, toAskJson, type MarkStyle } from './render-answer.js';

const COMMAND = 'npm run ask';

/** Runs `npm run ask` with these arguments; resolves to the exit code. */
export async function runAsk(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number> {
  const start = await argumentsOrExit(parseAskArgs(argv), COMMAND, askUsage, io);
  if ('exitCode' in start) return start.exitCode;
  const args = start.args;
  if (args.question === null && io.stdin.isTTY) {
    // Nothing piped in and no question: waiting silently for typed input would look like a hang.
    io.stderr.write(`${COMMAND}: no question — give one in quotes, or pipe questions one a line\n\n${askUsage}\n`);
    return 2;
  }
  const opened = await openEngineForCli(COMMAND, args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened.exitCode;
  const { engine, corpusDir } = opened;
  const article = args.source === null ? undefined : engine.findSource(args.source);
  if (args.source !== null && article === undefined) {
    const known = engine.articles.map((article) => `  ${article.id}`).join('\n');
    io.stderr.write(`${COMMAND}: --source: there is no article "${args.source}" in ${corpusDir}; the known ids are:\n${known}\n`);
    return 2;
  }

  const answerOne = answerer(engine, args, article?.id ?? null, io.stdout.isTTY ? 'ansi' : 'markdown');
  if (args.question !== null) {
    await writeOut(io.stdout, `${answerOne(args.question, false)}\n`);
    return 0;
  }
  // Batch: one question a line; the engine above is loaded once for all of them.
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let isFirst = true;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const separator = args.json || isFirst ? '' : '\n';
    await writeOut(io.stdout, `${separator}${answerOne(line, true)}\n`);
    isFirst = false;
  }
  return 0;
}

function answerer(engine: Engine, args: AskArgs, source: string | null, style: MarkStyle): (question: string, isBatch: boolean) => string {
  const options: AskOptions = { limit: args.limit, ...(source === null ? {} : { source }) };
  return (question, isBatch) => {
    const answer = engine.ask(question, options);
    if (args.json) return JSON.stringify(toAskJson(question, answer));
    return renderAnswer(answer, { style, showQuestion: isBatch, source });
  };
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runAsk(process.argv.slice(2), io, { config: loadConfig() }));
}
