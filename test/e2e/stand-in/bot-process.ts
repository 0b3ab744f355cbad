// Runs one of the project's entry points (the bot, `register`) as a real child process, the way `npm start` does
// (compiled, from dist/: test/build-dist.ts builds it before the suite when it is missing or older than src/), in a
// scratch working directory so no .env or .cache of the checkout leaks in.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

/** `src/discord/main.ts` → `<repo>/dist/discord/main.js`: what `npm start` runs for that source file. */
export function compiledEntry(script: string): string {
  return join(repoRoot, 'dist', script.replace(/^src\//, '').replace(/\.ts$/, '.js'));
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process wrote, stdout and stderr interleaved as received. */
  output(): string;
  exited: Promise<Exit>;
  /** Resolves when the output matches, rejects with the output so far when it does not within timeoutMs. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Kills the process (and any it started, such as shards) if still running, and removes its scratch directory. */
  cleanUp(): Promise<void>;
}

/**
 * Starts the compiled `<script>` with exactly `environment` plus PATH and HOME (never the caller's DISCORD_*
 * variables), in a fresh temporary working directory.
 */
export function runScript(script: string, environment: Record<string, string>): RunningProcess {
  const workingDirectory = mkdtempSync(join(tmpdir(), 'coverage-bot-e2e-'));
  const child = spawn(process.execPath, ['--enable-source-maps', compiledEntry(script)], {
    cwd: workingDirectory,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? workingDirectory, NO_COLOR: '1', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: the sharded bot starts a process per shard, and cleaning up must end them all.
    detached: true,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<Exit>((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const listener of listeners) listener();
  });

  return {
    child,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs = 20_000) {
      return new Promise((resolveWait, reject) => {
        const check = () => {
          if (pattern.test(output)) done(() => resolveWait());
          else if (hasExited)
            done(() => reject(new Error(`${script} exited before printing ${pattern}; its output:\n${output}`)));
        };
        const timer = setTimeout(
          () =>
            done(() =>
              reject(new Error(`${script} did not print ${pattern} within ${timeoutMs} ms; its output:\n${output}`)),
            ),
          timeoutMs,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async cleanUp() {
      if (!hasExited && child.pid !== undefined) {
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
      rmSync(workingDirectory, { recursive: true, force: true });
    },
  };
}

/** Resolves with the exit, or with null when the process is still running after timeoutMs. */
export function exitWithin(running: RunningProcess, timeoutMs: number): Promise<Exit | null> {
  return Promise.race([
    running.exited,
    new Promise<null>((resolveTimeout) => setTimeout(() => resolveTimeout(null), timeoutMs).unref()),
  ]);
}
