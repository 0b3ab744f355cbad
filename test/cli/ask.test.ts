// `npm run ask`: in process through runAsk (fast), plus a few runs of the real command (slow on this machine).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { DECLINE_MESSAGE } from '../../src/cli/render-answer.js';
import { loadConfig } from '../../src/config.js';

const corpusDir = resolve('corpus');
const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-ask-'));
const cacheDir = join(workDir, 'index');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const config = loadConfig({ CORPUS_DIR: corpusDir }, { dotenvPath: false });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ask(argv: string[], stdinText: string | null = null): Promise<Run> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  if (stdinText === null) stdin.isTTY = true;
  else stdin.end(stdinText);
  const io: CliIo = { stdin, stdout, stderr };
  const code = await runAsk(argv, io, { config, cacheDir });
  return { code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

const contractKeys = ['id', 'articleId', 'title', 'outlet', 'paragraph', 'section', 'text', 'snippet', 'score', 'alsoIn'];

describe('npm run ask, one question', () => {
  it('prints numbered passages, each with its citation line', async () => {
    const run = await ask(['what did Sheinbaum say about sovereignty']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. /);
    expect(run.stdout).toMatch(/\n   — [^\n]+ · ¶ \d+/);
    expect(run.stdout).toContain('**Sheinbaum**');
  });

  it('prints the --json contract: the question and results with every contract field', async () => {
    const run = await ask(['--json', 'what did Sheinbaum say about sovereignty']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { question: string; results: Array<Record<string, unknown>> };
    expect(answer.question).toBe('what did Sheinbaum say about sovereignty');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(3);
    for (const result of answer.results) expect(Object.keys(result).slice(0, contractKeys.length)).toEqual(contractKeys);
  });

  it('shows at most --limit passages', async () => {
    const answer = JSON.parse((await ask(['--json', '--limit', '1', 'cartels'])).stdout) as { results: unknown[] };
    expect(answer.results).toHaveLength(1);
  });

  it('searches only the article given with --source', async () => {
    const source = 'trump-signals-us-strikes-drug-cartels-mexico';
    const answer = JSON.parse((await ask(['--json', '--limit', '10', '--source', source, 'cartels'])).stdout) as {
      results: Array<{ articleId: string }>;
    };
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.articleId === source)).toBe(true);
  });

  it('takes the article for --source by its headline too, as /ask does', async () => {
    const answer = JSON.parse((await ask(['--json', '--limit', '10', '--source', 'Trump signals US strikes on drug cartels in Mexico', 'cartels'])).stdout) as {
      results: Array<{ articleId: string }>;
    };
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.articleId === 'trump-signals-us-strikes-drug-cartels-mexico')).toBe(true);
  });

  it('says the coverage does not answer a question about something the articles never mention', async () => {
    const run = await ask(['What did Justin Trudeau say?']);
    expect(run).toEqual({ code: 0, stdout: `${DECLINE_MESSAGE}\n`, stderr: '' });
  });

  it('gives an empty result list in JSON for a declined question', async () => {
    const answer = JSON.parse((await ask(['--json', 'What is the weather in Paris tomorrow?'])).stdout) as { results: unknown[] };
    expect(answer.results).toEqual([]);
  });

  it.each([
    ['an empty question', ''],
    ['a 6,000-character question', 'cartel '.repeat(857).slice(0, 6000)],
    ['emoji', '🌮🇲🇽 cartels? 🤔'],
    ['control characters', 'what\u0000 did\u0007 Sheinbaum\u001b[31m say\r\n\t'],
    ['regular-expression characters', '(*+?['],
  ])('answers or declines %s with exit 0 and valid JSON', async (_name, question) => {
    const run = await ask(['--json', question]);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { question: string; results: unknown[] };
    expect(answer.question).toBe(question);
    expect(Array.isArray(answer.results)).toBe(true);
  });
});

describe('npm run ask, questions from standard input', () => {
  it('writes one JSON object a line, in order, skipping blank lines', async () => {
    const run = await ask(['--json'], 'what did Sheinbaum say\n\n   \nWhat did Justin Trudeau say?\r\nrules of engagement');
    expect(run.code).toBe(0);
    const answers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; results: unknown[] });
    expect(answers.map((answer) => answer.question)).toEqual(['what did Sheinbaum say', 'What did Justin Trudeau say?', 'rules of engagement']);
    expect(answers[1]?.results).toEqual([]);
  });

  it('writes readable blocks headed by their question, separated by a blank line', async () => {
    const run = await ask([], 'What did Justin Trudeau say?\nbest pizza in New York\n');
    expect(run.stdout).toBe(`Q: What did Justin Trudeau say?\n${DECLINE_MESSAGE}\n\nQ: best pizza in New York\n${DECLINE_MESSAGE}\n`);
  });

  it('shows the usage instead of waiting when no question is given at a terminal', async () => {
    const run = await ask([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run ask: no question — give one in quotes, or pipe questions one a line\n\nUsage: /);
  });
});

describe('npm run ask --help', () => {
  it('prints the usage on stdout with exit 0, including how blank lines in a batch are treated', async () => {
    const run = await ask(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run ask -- \[options\] \["question"\]\n/);
    expect(run.stdout).toContain('blank lines ask nothing and are skipped');
    expect(run.stderr).toBe('');
  });
});

describe('npm run ask, mistakes', () => {
  it('rejects --limit 11 with exit 2, naming the flag and the range', async () => {
    const run = await ask(['--limit', '11', 'cartels']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run ask: --limit must be a whole number from 1 to 10, not "11"\n\nUsage: /);
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown --source with exit 2 and lists the known ids', async () => {
    const run = await ask(['--source', 'no-such-article', 'cartels']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--source: there is no article "no-such-article"');
    expect(run.stderr).toContain('  trump-declares-us-land-strikes-cartels\n');
  });

  it('says there is nothing to search in an empty corpus directory, with exit 1', async () => {
    const emptyDir = mkdtempSync(join(workDir, 'empty-'));
    const run = await ask(['--corpus', emptyDir, 'cartels']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no articles to search in ${emptyDir}`);
  });

  it('prints every configuration error and exits 1', async () => {
    const bad = loadConfig({ LOG_LEVEL: 'loud' }, { dotenvPath: false });
    const stdin = new PassThrough();
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = await runAsk(['cartels'], { stdin, stdout: new PassThrough(), stderr }, { config: bad, cacheDir });
    expect(code).toBe(1);
    expect(text).toMatch(/^npm run ask: LOG_LEVEL: (LOG_LEVEL )?must be one of/);
  });
});

describe('the real npm run ask process', () => {
  const tsx = resolve('node_modules/.bin/tsx');
  const script = resolve('src/cli/ask.ts');

  function spawnAsk(argv: string[], stdinText: string, options: { closeStdoutAfterFirstLine?: boolean } = {}): Promise<Run> {
    return new Promise((done, fail) => {
      const child = spawn(tsx, [script, ...argv], {
        cwd: workDir,
        env: { PATH: process.env.PATH ?? '', HOME: workDir, CORPUS_DIR: corpusDir },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (options.closeStdoutAfterFirstLine && stdout.includes('\n')) child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
      child.stdin.on('error', () => undefined);
      child.stdin.end(stdinText);
    });
  }

  it('answers a batch from standard input with one JSON line per question', async () => {
    const run = await spawnAsk(['--json'], 'what did Sheinbaum say\nWho interviewed Trump?\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { question: string }).question)).toEqual([
      'what did Sheinbaum say',
      'Who interviewed Trump?',
    ]);
  }, 60_000);

  it('exits 2 with the usage and no stack trace for an unknown flag', async () => {
    const run = await spawnAsk(['--colour', 'cartels'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run ask: Unknown option '--colour'\n\nUsage: npm run ask/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('stops quietly when the reader closes the output early (| head -1)', async () => {
    const run = await spawnAsk(['--json'], 'what did Sheinbaum say\n'.repeat(2_000), { closeStdoutAfterFirstLine: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);
});
