// Runs a terminal command in process, through the same registry and dispatcher as `npm run <name>`, with standard
// input, output and error as in-memory streams: what the process would print and its exit code, in milliseconds.
import { PassThrough } from 'node:stream';
import type { CliCommandName, CliDependencies } from '../../src/cli/command.js';
import { cliCommands } from '../../src/cli/commands/index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions extends CliDependencies {
  /** What standard input holds; null (the default) for a terminal with nothing piped in. */
  stdin?: string | null;
  /** Standard output is a terminal this many columns wide (default: a pipe). */
  columns?: number;
}

export async function runCli(name: CliCommandName, argv: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  const stderr = new PassThrough();
  if (options.stdin === undefined || options.stdin === null) stdin.isTTY = true;
  else stdin.end(options.stdin);
  if (options.columns !== undefined) {
    stdout.isTTY = true;
    stdout.columns = options.columns;
  }
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const dependencies: CliDependencies = {
    config: options.config,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  };
  const code = await cliCommands[name].dispatch(argv, { stdin, stdout, stderr }, dependencies);
  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}
