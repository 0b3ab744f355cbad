import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultQuestionPaths,
  evaluateEngines,
  fileLabels,
  formatCrossValidationTable,
  formatFileTable,
  formatKindTable,
  formatQuestionTable,
  formatScoreTable,
  OUR_ENGINE_NAME,
  runEval,
  runsPerFile,
  type QuestionFile,
} from '../../bench/eval.js';
import type { CrossValidation, TuningPoint } from '../../bench/eval-cross-validation.js';
import { scoreRuns, type EvalQuestion, type QuestionRun } from '../../bench/eval-metrics.js';
import type { CliIo } from '../../src/cli/cli-io.js';

const passages = [
  {
    id: 'a:1',
    articleId: 'a',
    paragraph: 1,
    section: null,
    kind: 'paragraph' as const,
    opinion: false,
    text: 'Sheinbaum rejected foreign intervention.',
  },
  {
    id: 'a:2',
    articleId: 'a',
    paragraph: 2,
    section: null,
    kind: 'paragraph' as const,
    opinion: false,
    text: 'Trump spoke to Fox News.',
  },
  {
    id: 'b:1',
    articleId: 'b',
    paragraph: 1,
    section: null,
    kind: 'paragraph' as const,
    opinion: false,
    text: 'Cartels run supply chains.',
  },
];
const questions: EvalQuestion[] = [
  { q: 'Who did Trump speak to?', kind: 'fact', any: ['fox news'] },
  { q: 'weather in Paris', kind: 'oos', any: [] },
];

describe('npm run eval tables', () => {
  const engines = evaluateEngines(passages, questions, (question) =>
    question.includes('Trump') ? ['Trump spoke to Fox News.'] : [],
  );

  it('lists our engine first, then every peer, all asked the same questions', () => {
    expect(engines.map((engine) => engine.name)).toEqual([
      OUR_ENGINE_NAME,
      'MiniSearch, default options',
      'lunr 2.3, default pipeline',
      'wink-bm25-text-search',
    ]);
    expect(engines.every((engine) => engine.runs.length === questions.length)).toBe(true);
  });

  it('prints one Markdown row per engine with two decimals and counts for declines and answers', () => {
    const lines = formatScoreTable(engines).split('\n');
    expect(lines[0]).toBe('| engine | Recall@1 | Recall@3 | MRR@5 | oos declined | answered |');
    expect(lines[2]).toBe(`| ${OUR_ENGINE_NAME} | 1.00 | 1.00 | 1.00 | 1/1 | 1/1 (1.00) |`);
    expect(lines).toHaveLength(2 + engines.length);
  });

  it('shows, per question, the rank for in-scope questions and whether out-of-scope ones were declined', () => {
    const rows = formatQuestionTable(engines.slice(0, 1), ['q.jsonl', 'q-2.jsonl']).split('\n');
    expect(rows[0]).toBe(`| # | file | kind | question | ${OUR_ENGINE_NAME} |`);
    expect(rows.slice(2)).toEqual([
      '| 1 | q.jsonl | fact | Who did Trump speak to? | 1 |',
      '| 2 | q-2.jsonl | oos | weather in Paris | declined |',
    ]);
  });
});

const fact = (q: string, any: string[]): EvalQuestion => ({ q, kind: 'fact', any });
const oos = (q: string): EvalQuestion => ({ q, kind: 'oos', any: [] });

describe('our engine per file and per kind', () => {
  const alpha = fact('a', ['alpha']);
  const weather = oos('weather');
  const beta = fact('b', ['beta']);
  const gamma: EvalQuestion = { q: 'c', kind: 'typo', any: ['gamma'] };
  const files: QuestionFile[] = [
    { file: 'one.jsonl', questions: [alpha, weather] },
    { file: 'two.jsonl', questions: [beta, gamma] },
  ];
  const runs: QuestionRun[] = [
    { question: alpha, resultTexts: ['alpha'] },
    { question: weather, resultTexts: [] },
    { question: beta, resultTexts: ['x', 'x', 'beta'] },
    { question: gamma, resultTexts: [] },
  ];

  it('cuts the runs back into each file’s questions, in order', () => {
    const perFile = runsPerFile(files, runs);
    expect(perFile.get('one.jsonl')).toEqual(runs.slice(0, 2));
    expect(perFile.get('two.jsonl')).toEqual(runs.slice(2));
  });

  it('prints one row a file, with a dash where a file has no out-of-scope question', () => {
    expect(formatFileTable(files, runs).split('\n')).toEqual([
      '| questions | count | R@1 | R@3 | MRR@5 | answered | oos declined |',
      '|---|---|---|---|---|---|---|',
      '| one.jsonl | 2 | 1.00 | 1.00 | 1.00 | 1/1 (1.00) | 1/1 |',
      '| two.jsonl | 2 | 0.00 | 0.50 | 0.17 | 1/2 (0.50) | — |',
    ]);
  });

  it('prints one row a kind: ranks for in-scope kinds, declines for oos', () => {
    expect(formatKindTable(runs).split('\n').slice(2)).toEqual([
      '| fact | 2 | 0.50 | 1.00 | 0.67 | 2/2 (1.00) | — |',
      '| typo | 1 | 0.00 | 0.00 | 0.00 | 0/1 (0.00) | — |',
      '| oos | 1 | — | — | — | — | 1/1 |',
    ]);
  });
});

describe('the cross-validated table', () => {
  it(
    'shows, per held-out file, the constants chosen on the others beside the defaults, then both over every ' + 'file',
    () => {
      const heldOutRuns: QuestionRun[] = [{ question: fact('a', ['alpha']), resultTexts: ['alpha'] }];
      const defaultRuns: QuestionRun[] = [{ question: fact('a', ['alpha']), resultTexts: [] }];
      const crossValidation: CrossValidation<TuningPoint> = {
        folds: [
          {
            heldOut: 'one.jsonl',
            chosen: { minCoverage: 0.4 },
            trainingObjective: 1,
            runs: heldOutRuns,
            scores: scoreRuns(heldOutRuns),
          },
        ],
        pooled: scoreRuns(heldOutRuns),
      };
      const table = formatCrossValidationTable(crossValidation, new Map([['one.jsonl', defaultRuns]]), {
        minCoverage: 0.5,
      });
      expect(table.split('\n')).toEqual([
        '| held-out file | constants | R@1 | R@3 | MRR@5 | answered | oos declined |',
        '|---|---|---|---|---|---|---|',
        '| one.jsonl | chosen on the others: minCoverage 0.4 | 1.00 | 1.00 | 1.00 | 1/1 (1.00) | — |',
        '| one.jsonl | defaults (minCoverage 0.5) | 0.00 | 0.00 | 0.00 | 0/1 (0.00) | — |',
        '| every file, held out | chosen on the other files | 1.00 | 1.00 | 1.00 | 1/1 (1.00) | — |',
        '| every file | defaults (minCoverage 0.5) | 0.00 | 0.00 | 0.00 | 0/1 (0.00) | — |',
      ]);
    },
  );
});

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-eval-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('finding the question files', () => {
  it(
    'takes every questions*.jsonl in the folder, questions.jsonl first and numbered ones in number ' + 'order',
    async () => {
      const dir = join(workDir, 'fixtures');
      mkdirSync(dir);
      for (const name of [
        'questions-10.jsonl',
        'questions.jsonl',
        'questions-2.jsonl',
        'other.jsonl',
        'questions.txt',
      ]) {
        writeFileSync(join(dir, name), '');
      }
      expect(await defaultQuestionPaths(dir)).toEqual(
        ['questions.jsonl', 'questions-2.jsonl', 'questions-10.jsonl'].map((name) => join(dir, name)),
      );
    },
  );

  it('names files by their base name, or by their path when two share a base name', () => {
    expect(fileLabels(['a/questions.jsonl', 'a/questions-2.jsonl'])).toEqual(['questions.jsonl', 'questions-2.jsonl']);
    expect(fileLabels(['a/questions.jsonl', 'b/questions.jsonl'])).toEqual(['a/questions.jsonl', 'b/questions.jsonl']);
  });
});

async function evalRun(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const io: CliIo = { stdin, stdout, stderr };
  const code = await runEval(argv, io);
  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}

describe('npm run eval over several question files', () => {
  const corpus = resolve('test/fixtures/corpora/good');
  const write = (name: string, questions: EvalQuestion[]) => {
    const path = join(workDir, name);
    writeFileSync(path, questions.map((question) => JSON.stringify(question)).join('\n'));
    return path;
  };
  const first = write('first.jsonl', [
    fact('Will Mexico accept US military action?', ['military action on mexican territory']),
    oos('Who won the World Cup?'),
  ]);
  const second = write('second.jsonl', [
    fact('What options did officials list?', ['drone strikes']),
    oos('What did Justin Trudeau say?'),
  ]);

  it('prints the overall, per-file, per-kind and cross-validated tables, naming every file', async () => {
    const run = await evalRun(['--corpus', corpus, '--questions', first, '--questions', second]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 questions (2 in scope, 2 out of scope) in 2 files');
    expect(run.stdout).toMatch(/\| first\.jsonl \| 2 \| /);
    expect(run.stdout).toMatch(/\| second\.jsonl \| 2 \| /);
    expect(run.stdout).toMatch(/\| fact \| 2 \| /);
    expect(run.stdout).toMatch(/\| oos \| 2 \| — \| — \| — \| — \| \d\/2 \|/);
    expect(run.stdout).toMatch(/\| first\.jsonl \| chosen on the others: minCoverage /);
    expect(run.stdout).toMatch(/\| second\.jsonl \| defaults \(minCoverage /);
    const heldOutByKind = run.stdout.split('The same held-out runs per kind of question')[1] ?? '';
    expect(heldOutByKind).toMatch(/\| fact \| 2 \| /);
    expect(heldOutByKind).toMatch(/\| oos \| 2 \| — \| — \| — \| — \| \d\/2 \|/);
  });

  it('skips the cross-validated table with --no-cv', async () => {
    const run = await evalRun(['--corpus', corpus, '--questions', first, '--questions', second, '--no-cv']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('held-out file');
    expect(run.stdout).not.toContain('held-out runs per kind');
  });

  it('warns about a question file it cannot read and goes on with the others', async () => {
    const run = await evalRun([
      '--corpus',
      corpus,
      '--questions',
      join(workDir, 'missing.jsonl'),
      '--questions',
      first,
      '--no-cv',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `warning: cannot read the questions from ${join(workDir, 'missing.jsonl')}: no such file`,
    );
    expect(run.stdout).toContain('2 questions (1 in scope, 1 out of scope) in 1 file,');
  });

  it('still runs when the questions are about another corpus: nothing found, every score zero', async () => {
    const elsewhere = write('elsewhere.jsonl', [fact('What did the mayor of Lyon announce?', ['tramway line'])]);
    const run = await evalRun(['--corpus', corpus, '--questions', elsewhere, '--questions', first]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| elsewhere\.jsonl \| 1 \| 0\.00 \| 0\.00 \| 0\.00 \| /);
  });

  it('fails with a message naming the files when none holds a usable question', async () => {
    const run = await evalRun(['--corpus', corpus, '--questions', join(workDir, 'missing.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no usable question in');
    expect(run.stderr).toContain('pass --questions FILE');
  });
});
