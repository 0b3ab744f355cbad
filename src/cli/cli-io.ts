// What a CLI command reads and writes, so commands run the same in a terminal and in tests.
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../corpus/problems.js';
import type { CorpusProblem } from '../corpus/types.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** Writes and waits when the reader is slower (a pipe), so a long batch does not pile up in memory. */
export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** One warning line for stderr: `warning: corpus/x.md: title: required — ...`. */
export function formatCorpusProblem(problem: CorpusProblem): string {
  return `warning: ${formatProblem(problem)}`;
}

/** True when `moduleUrl` is the script node was asked to run (not a module imported by a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && resolve(script) === fileURLToPath(moduleUrl);
}

/**
 * Runs a command as the process: exit code from `run`; a closed stdout (`| head -1`) ends quietly;
 * an unexpected error is one line on stderr, never a stack trace.
 */
export function runAsProcess(commandName: string, run: (io: CliIo) => Promise<number>): void {
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`${commandName}: could not write the output: ${error.message}\n`);
    process.exit(1);
  });
  run(io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${commandName}: unexpected error: ${message}\n`);
      process.exitCode = 1;
    },
  );
}
