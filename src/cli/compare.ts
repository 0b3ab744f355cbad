// `npm run compare`: how each article reports a topic, as readable blocks or JSON. Thin: arguments → config →
// engine → compareCoverage → render.
import { loadConfig, type ConfigResult } from '../config.js';
import { compareCoverage } from '../search/index.js';
import { compareUsage, parseCompareArgs } from './args.js';
import { argumentsOrExit, isEntryPoint, runAsProcess, writeOut, type CliDependencies, type CliIo } from './cli-io.js';
import { openEngineForCli } from './open-corpus.js';
import { renderComparison, toCompareJson } from './render-comparison.js';

const COMMAND = 'npm run compare';

/** Runs `npm run compare` with these arguments; resolves to the exit code. */
export async function runCompare(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number> {
  const start = await argumentsOrExit(parseCompareArgs(argv), COMMAND, compareUsage, io);
  if ('exitCode' in start) return start.exitCode;
  const args = start.args;
  if (args.topic === null) {
    io.stderr.write(`${COMMAND}: no topic — give one in quotes, such as npm run compare -- "what did Sheinbaum say"\n\n${compareUsage}\n`);
    return 2;
  }
  const opened = await openEngineForCli(COMMAND, args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened.exitCode;
  const comparison = compareCoverage(opened.engine, args.topic);
  const output = args.json ? JSON.stringify(toCompareJson(comparison)) : renderComparison(comparison, io.stdout.isTTY ? 'ansi' : 'markdown');
  await writeOut(io.stdout, `${output}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runCompare(process.argv.slice(2), io, { config: loadConfig() }));
}
