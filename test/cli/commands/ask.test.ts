// `npm run ask`, in process through the dispatcher: its command line, one question, a batch from standard input,
// and mistakes, on the small made-up story in test/fixtures/corpora/story/ (not the shipped corpus/, so an edit
// to the articles never breaks it). The real process is run once, in test/cli/entry-points.test.ts; the README's
// answer on the shipped articles is checked in test/readme-examples.real-corpus.test.ts.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseAskArgs } from '../../../src/cli/commands/ask.js';
import { DECLINE_MESSAGE } from '../../../src/cli/render-answer.js';
import { loadConfig } from '../../../src/config.js';
import { runCli, type CliRun } from '../run-cli.js';

const corpusDir = resolve('test/fixtures/corpora/story');
const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-ask-'));
const cacheDir = join(workDir, 'index');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const config = loadConfig({ CORPUS_DIR: corpusDir }, { dotenvPath: false });

function ask(argv: string[], stdin: string | null = null): Promise<CliRun> {
  return runCli('ask', argv, { config, cacheDir, stdin });
}

describe('npm run ask, reading its command line', () => {
  it('joins the words after the options into one question, with defaults for everything else', () => {
    expect(parseAskArgs(['what', 'did', 'Sheinbaum', 'say'])).toEqual({
      ok: true,
      value: { question: 'what did Sheinbaum say', json: false, limit: 3, source: null, corpusDir: null, help: false },
    });
  });

  it('reads questions from standard input when no question is given', () => {
    const parsed = parseAskArgs(['--json']);
    expect(parsed.ok && parsed.value.question).toBeNull();
  });

  it('accepts --json, --limit, --source and --corpus', () => {
    expect(parseAskArgs(['--json', '--limit', '10', '--source', 'abc', '--corpus', 'dir', 'q'])).toEqual({
      ok: true,
      value: { question: 'q', json: true, limit: 10, source: 'abc', corpusDir: 'dir', help: false },
    });
  });

  it('keeps an empty question as a question, not an error', () => {
    const parsed = parseAskArgs(['']);
    expect(parsed.ok && parsed.value.question).toBe('');
  });

  it('takes a question that starts with "-" after "--"', () => {
    const parsed = parseAskArgs(['--json', '--', '-5% tariffs']);
    expect(parsed.ok && parsed.value.question).toBe('-5% tariffs');
  });

  it.each(['0', '11', 'abc', '2.5', ''])('rejects --limit %j naming the flag and the range 1 to 10', (value) => {
    const parsed = parseAskArgs(['--limit', value, 'q']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.messages[0]).toBe(`--limit must be a whole number from 1 to 10, not "${value}"`);
  });

  it('rejects an unknown flag, naming it', () => {
    const parsed = parseAskArgs(['--colour', 'q']);
    expect(parsed).toEqual({ ok: false, messages: ["Unknown option '--colour'"], exitCode: 2, showUsage: true });
  });

  it.each([[['--limit']], [['--limit', '-1']]])('rejects %j, saying what --limit needs', (argv) => {
    expect(parseAskArgs(argv)).toEqual({
      ok: false,
      messages: ['--limit needs a whole number from 1 to 10'],
      exitCode: 2,
      showUsage: true,
    });
  });

  it('rejects an empty --source with an example of an id', () => {
    const parsed = parseAskArgs(['--source', ' ', 'q']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.messages[0]).toMatch(/^--source needs an article id/);
  });
});

describe('npm run ask, reading any command line', () => {
  it('returns a value or a message, never throws, and keeps --limit within 1 to 10', async () => {
    const argument = fc.oneof(
      fc.string(),
      fc.constantFrom('--json', '--limit', '--source', '--corpus', '--help', '--', '-h', '11', '3'),
    );
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (argv) => {
        const parsed = parseAskArgs(argv);
        if (parsed.ok) {
          expect(parsed.value.limit).toBeGreaterThanOrEqual(1);
          expect(parsed.value.limit).toBeLessThanOrEqual(10);
        } else {
          expect(parsed.messages[0]).not.toBe('');
        }
      }),
    );
  });
});

const contractKeys = [
  'id',
  'articleId',
  'title',
  'outlet',
  'paragraph',
  'section',
  'text',
  'snippet',
  'score',
  'alsoIn',
];

describe('npm run ask, one question', () => {
  it('prints numbered passages, each with its citation line, and the outlets that report the same thing', async () => {
    const run = await ask(['what did Sheinbaum say about sovereignty']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. /);
    expect(run.stdout).toMatch(/\n {3}— [^\n]+ · ¶ \d+/);
    expect(run.stdout).toContain('**Sheinbaum**');
    expect(run.stdout).toContain(
      '\n   — Mexico Rejects Foreign Troops · Example Monitor · ¶ 1\n   also in: Example Wire ¶ 3\n' +
        '   reported by 2 of 5 sources\n',
    );
  });

  it('says how many passages matched and how to see more when it shows fewer', async () => {
    const run = await ask(['--limit', '1', 'what did Sheinbaum say']);
    expect(run.stdout.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(1);
    expect(run.stdout).toMatch(/\n\(1 of \d+ matching passages; --limit 10 shows more\)\n$/);
  });

  it('prints the --json contract: the question and results with every contract field', async () => {
    const run = await ask(['--json', 'what did Sheinbaum say about sovereignty']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { question: string; results: Array<Record<string, unknown>> };
    expect(answer.question).toBe('what did Sheinbaum say about sovereignty');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(3);
    for (const result of answer.results)
      expect(Object.keys(result).slice(0, contractKeys.length)).toEqual(contractKeys);
  });

  it('shows at most --limit passages', async () => {
    const answer = JSON.parse((await ask(['--json', '--limit', '1', 'cartels'])).stdout) as { results: unknown[] };
    expect(answer.results).toHaveLength(1);
  });

  it('searches only the article given with --source', async () => {
    const source = 'wire-land-strikes';
    const answer = JSON.parse((await ask(['--json', '--limit', '10', '--source', source, 'cartels'])).stdout) as {
      results: Array<{ articleId: string }>;
    };
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.articleId === source)).toBe(true);
  });

  it('takes the article for --source by its headline too, as /ask does', async () => {
    const answer = JSON.parse(
      (await ask(['--json', '--limit', '10', '--source', 'Trump signals US strikes on cartels in Mexico', 'cartels']))
        .stdout,
    ) as {
      results: Array<{ articleId: string }>;
    };
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((result) => result.articleId === 'wire-land-strikes')).toBe(true);
  });

  it('says which name the articles never mention when a question turns on it', async () => {
    const run = await ask(['What did Justin Trudeau say?']);
    expect(run).toEqual({
      code: 0,
      stdout: 'The coverage never mentions “Justin Trudeau”. Run `npm run sources` to see what is covered.\n',
      stderr: '',
    });
    const json = JSON.parse((await ask(['--json', 'what did trump say about tariffs'])).stdout) as object;
    expect(json).toMatchObject({ declined: true, results: [], declinedFor: 'not-mentioned', missing: ['tariffs'] });
  });

  it('says a question names nothing to look for, and otherwise that the coverage does not answer it', async () => {
    expect((await ask(['why now tho'])).stdout).toBe(
      "That doesn't say what it is about. Ask with a name or a word from the story, or run `npm run sources` to see " +
        'what is covered.\n',
    );
    expect((await ask(['recipe for chocolate chip cookies'])).stdout).toBe(`${DECLINE_MESSAGE}\n`);
  });

  it('gives an empty result list in JSON for a declined question', async () => {
    const answer = JSON.parse((await ask(['--json', 'What is the weather in Paris tomorrow?'])).stdout) as {
      results: unknown[];
    };
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
    const run = await ask(
      ['--json'],
      'what did Sheinbaum say\n\n   \nWhat did Justin Trudeau say?\r\nrules of engagement',
    );
    expect(run.code).toBe(0);
    const answers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; results: unknown[] });
    expect(answers.map((answer) => answer.question)).toEqual([
      'what did Sheinbaum say',
      'What did Justin Trudeau say?',
      'rules of engagement',
    ]);
    expect(answers[1]?.results).toEqual([]);
  });

  it('writes readable blocks headed by their question, separated by a blank line', async () => {
    const run = await ask([], 'What did Justin Trudeau say?\nrecipe for chocolate chip cookies\n');
    expect(run.stdout).toBe(
      'Q: What did Justin Trudeau say?\nThe coverage never mentions “Justin Trudeau”. Run `npm run sources` to see ' +
        `what is covered.\n\nQ: recipe for chocolate chip cookies\n${DECLINE_MESSAGE}\n`,
    );
  });

  it('shows the usage instead of waiting when no question is given at a terminal', async () => {
    const run = await ask([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^npm run ask: no question — give one in quotes, or pipe questions one a line\n\nUsage: /,
    );
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
    expect(run.stderr).toContain('  wire-land-strikes\n');
  });

  it('says there is nothing to search in an empty corpus directory, with exit 1', async () => {
    const emptyDir = mkdtempSync(join(workDir, 'empty-'));
    const run = await ask(['--corpus', emptyDir, 'cartels']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no articles to search in ${emptyDir}`);
  });

  it('prints every configuration error and exits 1', async () => {
    const bad = loadConfig({ LOG_LEVEL: 'loud' }, { dotenvPath: false });
    const run = await runCli('ask', ['cartels'], { config: bad, cacheDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^npm run ask: LOG_LEVEL: (LOG_LEVEL )?must be one of/);
  });

  it('exits 2 with the usage for an unknown flag', async () => {
    const run = await ask(['--colour', 'cartels']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run ask: Unknown option '--colour'\n\nUsage: npm run ask/);
  });
});

describe('npm run ask on articles with very long paragraphs', () => {
  it('says in one line how many paragraphs are served in parts, instead of one warning each on every run', async () => {
    const longDir = join(workDir, 'long');
    mkdirSync(longDir, { recursive: true });
    const sentence = 'The harbour master said the trawlers would stay docked while the talks went on. ';
    for (const id of ['one', 'two'])
      writeFileSync(join(longDir, `${id}.md`), `---\ntitle: "Harbour ${id}"\n---\n\n${sentence.repeat(16)}\n`);
    const run = await runCli('ask', ['--corpus', longDir, 'what did the harbour master say'], {
      config,
      cacheDir: join(workDir, 'long-index'),
      stdin: null,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'note: 2 paragraphs over 1,000 characters are served in parts, cited as ¶ n.1, ¶ n.2 (npm run sources lists ' +
        'them)\n',
    );
  });
});
