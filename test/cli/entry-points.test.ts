// One run of each terminal entry point as a real process (the rest of the CLI is tested in process): the entry
// file reaches its command through the registry, reads the real argv and environment, writes to the real streams
// and sets the exit code. Each runs compiled from dist/, as `npm run <name>` does (test/build-dist.ts builds it
// before the suite when stale), in a scratch directory, on a small corpus.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const corpusDir = resolve('test/fixtures/corpora/good');
const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-entry-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runEntry(
  entry: string,
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; closeStdoutAfterFirstLine?: boolean } = {},
): Promise<ProcessRun> {
  const cwd = mkdtempSync(join(workDir, 'cwd-'));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('dist/cli', entry.replace(/\.ts$/, '.js')), ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, CORPUS_DIR: corpusDir, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.closeStdoutAfterFirstLine && stdout.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}

describe.concurrent('the terminal commands as real processes', () => {
  it(
    'npm run ask answers a batch one JSON line a question, and stops quietly when the reader closes early (| head ' +
      '-1)',
    async () => {
      const run = await runEntry('ask.ts', ['--json'], {
        stdin: 'what did Sheinbaum say\n'.repeat(2_000),
        closeStdoutAfterFirstLine: true,
      });
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect((JSON.parse(run.stdout.split('\n')[0] ?? '') as { question: string }).question).toBe(
        'what did Sheinbaum say',
      );
    },
  );

  it('npm run sources prints the articles as JSON on stdout only, exit 0', async () => {
    const run = await runEntry('sources.ts', ['--json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect((JSON.parse(run.stdout) as Array<{ id: string }>).map((summary) => summary.id)).toEqual([
      'good',
      'trump-land-strikes',
    ]);
  });

  it('npm run index saves under .cache/index of the current directory', async () => {
    const run = await runEntry('index-corpus.ts', []);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const saved = /saved to (\S+)\n$/.exec(run.stdout)?.[1] ?? '';
    expect(saved).toContain('/.cache/index/');
    expect(existsSync(saved)).toBe(true);
  });

  it('npm run compare exits 2 with the flag named and the usage, never a stack trace', async () => {
    const run = await runEntry('compare.ts', ['--colour', 'Sheinbaum']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run compare: Unknown option '--colour'\n\nUsage: npm run compare/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('npm run quotes prints its usage for --help, exit 0', async () => {
    const run = await runEntry('quotes.ts', ['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Usage: npm run quotes -- \[options\] "person"\n/);
  });

  it('npm run gaps reads the feedback log under DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(workDir, 'data-'));
    writeFileSync(join(dataDir, 'feedback.jsonl'), '');
    const run = await runEntry('gaps.ts', [], { env: { DATA_DIR: dataDir } });
    expect(run).toEqual({ code: 0, stdout: 'No declined or 👎 questions in the feedback log yet.\n', stderr: '' });
  });
});
