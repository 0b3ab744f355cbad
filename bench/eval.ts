// `npm run eval`: retrieval quality of our engine against peer engines (MiniSearch with default options, lunr,
// wink-bm25-text-search) on the same passages and every question file, as Markdown tables: overall, then ours per
// file and per kind, then a cross-validated figure (ranking constants chosen on the other files, reported on each
// held-out file and per kind; bench/eval-cross-validation.ts). Deterministic: no timings, engines in a fixed order, ours first.
// `--verbose` adds each question's rank per engine.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import type { Passage } from '../src/corpus/types.js';
import { describeParseError } from '../src/cli/args.js';
import { formatCorpusProblem, isEntryPoint, runAsProcess, writeOut, type CliIo } from '../src/cli/cli-io.js';
import {
  candidatesNearestDefaultsFirst,
  crossValidate,
  gridDefaults,
  TUNING_GRID,
  type CrossValidation,
  type TuningGrid,
  type TuningPoint,
} from './eval-cross-validation.js';
import {
  firstAnsweringRank,
  isInScope,
  parseQuestionSet,
  runQuestions,
  scoreByKind,
  scoreRuns,
  shareOf,
  type EvalQuestion,
  type EvalScores,
  type QuestionRun,
} from './eval-metrics.js';
import { peerEngines } from './peers.js';
import { tunedEngines } from './eval-tuned-engines.js';

const COMMAND = 'npm run eval';
/** Every metric looks at the first five results at most. */
const DEPTH = 5;
export const OUR_ENGINE_NAME = 'coverage-bot';

/** Where the question files are looked for when no --questions is given. */
export const DEFAULT_QUESTIONS_DIR = 'test/fixtures';

const usage = `Usage: npm run eval -- [--corpus DIR] [--questions FILE]... [--verbose] [--no-cv]

Measures how well each engine finds the passage that answers each question (metrics: /work/shared/eval/README.md),
overall, then for this engine per question file and per kind, then cross-validated: for each file, the ranking
constants chosen on the other files from a small grid, reported on that file, then those runs per kind.

Options:
  --corpus DIR       the articles (default ./corpus)
  --questions FILE   one JSON question a line; give it once per file
                     (default: every ${DEFAULT_QUESTIONS_DIR}/questions*.jsonl)
  --verbose          also list, for each question, the rank of the first answering passage per engine
  --no-cv            skip the cross-validated figure (it asks every question once per grid point)
  --help             show this help`;

/** One question file's usable questions; `file` is how the tables name it. */
export interface QuestionFile {
  file: string;
  questions: EvalQuestion[];
}

export interface EngineRuns {
  name: string;
  runs: QuestionRun[];
  scores: EvalScores;
}

/** Asks every question of our engine and of every peer, all over the same passages. */
export function evaluateEngines(
  passages: readonly Passage[],
  questions: readonly EvalQuestion[],
  askOurs: (question: string) => readonly string[],
): EngineRuns[] {
  const textById = new Map(passages.map((passage) => [passage.id, passage.text]));
  const engines = [
    { name: OUR_ENGINE_NAME, searchTexts: askOurs },
    ...peerEngines.map((peer) => {
      const index = peer.build(passages);
      return {
        name: peer.name,
        searchTexts: (question: string) => index.search(question, DEPTH).map((id) => textById.get(id) ?? ''),
      };
    }),
  ];
  return engines.map(({ name, searchTexts }) => {
    const runs = runQuestions(questions, searchTexts);
    return { name, runs, scores: scoreRuns(runs) };
  });
}

const decimal = (value: number): string => value.toFixed(2);

export function formatScoreTable(engines: readonly EngineRuns[]): string {
  const rows = engines.map(({ name, scores }) =>
    [
      name,
      decimal(scores.recallAt1),
      decimal(scores.recallAt3),
      decimal(scores.mrrAt5),
      `${scores.oosDeclined.count}/${scores.oosDeclined.of}`,
      `${scores.answered.count}/${scores.answered.of} (${decimal(shareOf(scores.answered))})`,
    ].join(' | '),
  );
  return [
    '| engine | Recall@1 | Recall@3 | MRR@5 | oos declined | answered |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/**
 * For an in-scope question: the rank, "miss" (answered, none answering in the top 5) or "declined". For oos: "declined"
 * or "answered".
 */
function describeRun(run: QuestionRun): string {
  if (!isInScope(run.question)) return run.resultTexts.length === 0 ? 'declined' : 'answered';
  if (run.resultTexts.length === 0) return 'declined';
  return String(firstAnsweringRank(run, DEPTH) ?? 'miss');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * Per question: number, file, kind, question, then each engine's rank or decline. `fileOf[i]` names question i's file.
 */
export function formatQuestionTable(engines: readonly EngineRuns[], fileOf: readonly string[]): string {
  const first = engines[0];
  if (first === undefined) return '';
  const rows = first.runs.map((run, index) =>
    [
      String(index + 1),
      escapeCell(fileOf[index] ?? ''),
      run.question.kind,
      escapeCell(run.question.q),
      ...engines.map((engine) => {
        const engineRun = engine.runs[index];
        return engineRun === undefined ? '' : describeRun(engineRun);
      }),
    ].join(' | '),
  );
  return [
    `| # | file | kind | question | ${engines.map((engine) => engine.name).join(' | ')} |`,
    `|---|---|---|---|${engines.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** A cell for a metric that has no question to be measured on. */
const NONE = '—';

/** R@1 | R@3 | MRR@5 | answered | oos declined, with "—" where the runs hold no question of that scope. */
function scoreCells(scores: EvalScores): string[] {
  const hasInScope = scores.answered.of > 0;
  return [
    hasInScope ? decimal(scores.recallAt1) : NONE,
    hasInScope ? decimal(scores.recallAt3) : NONE,
    hasInScope ? decimal(scores.mrrAt5) : NONE,
    hasInScope ? `${scores.answered.count}/${scores.answered.of} (${decimal(shareOf(scores.answered))})` : NONE,
    scores.oosDeclined.of > 0 ? `${scores.oosDeclined.count}/${scores.oosDeclined.of}` : NONE,
  ];
}

const SCORE_COLUMNS = 'R@1 | R@3 | MRR@5 | answered | oos declined';

function markdownTable(header: string, rows: readonly string[][]): string {
  const columns = header.split(' | ').length;
  return [
    `| ${header} |`,
    `|${Array.from({ length: columns }, () => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The runs of `runs` (asked in the order of `files`' questions) cut back into one list per file. */
export function runsPerFile(files: readonly QuestionFile[], runs: readonly QuestionRun[]): Map<string, QuestionRun[]> {
  const perFile = new Map<string, QuestionRun[]>();
  let start = 0;
  for (const { file, questions } of files) {
    perFile.set(file, runs.slice(start, start + questions.length));
    start += questions.length;
  }
  return perFile;
}

/** Our engine per question file: one row a file, in the order given. */
export function formatFileTable(files: readonly QuestionFile[], runs: readonly QuestionRun[]): string {
  const perFile = runsPerFile(files, runs);
  return markdownTable(
    `questions | count | ${SCORE_COLUMNS}`,
    files.map(({ file }) => {
      const fileRuns = perFile.get(file) ?? [];
      return [escapeCell(file), String(fileRuns.length), ...scoreCells(scoreRuns(fileRuns))];
    }),
  );
}

/** Our engine per kind of question, over every file: in-scope kinds get the rank metrics, `oos` its declines. */
export function formatKindTable(runs: readonly QuestionRun[]): string {
  return markdownTable(
    `kind | count | ${SCORE_COLUMNS}`,
    scoreByKind(runs).map(({ kind, questions, scores }) => [kind, String(questions), ...scoreCells(scores)]),
  );
}

/** `minCoverage 0.4, answerTypeBoost 1.6`, in the grid's order. */
export function describeTuning(point: TuningPoint): string {
  return Object.entries(point)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
}

/**
 * One row per held-out file with the constants chosen on the other files, each followed by the defaults on that file,
 * then both over every file (the cross-validated figure against the defaults).
 */
export function formatCrossValidationTable(
  crossValidation: CrossValidation<TuningPoint>,
  defaultsPerFile: ReadonlyMap<string, readonly QuestionRun[]>,
  defaults: TuningPoint,
): string {
  const defaultsLabel = `defaults (${describeTuning(defaults)})`;
  const rows = crossValidation.folds.flatMap((fold) => [
    [escapeCell(fold.heldOut), `chosen on the others: ${describeTuning(fold.chosen)}`, ...scoreCells(fold.scores)],
    [escapeCell(fold.heldOut), defaultsLabel, ...scoreCells(scoreRuns(defaultsPerFile.get(fold.heldOut) ?? []))],
  ]);
  const heldOutFiles = crossValidation.folds.map((fold) => fold.heldOut);
  const defaultsOnHeldOut = heldOutFiles.flatMap((file) => defaultsPerFile.get(file) ?? []);
  rows.push(
    ['every file, held out', 'chosen on the other files', ...scoreCells(crossValidation.pooled)],
    ['every file', defaultsLabel, ...scoreCells(scoreRuns(defaultsOnHeldOut))],
  );
  return markdownTable(`held-out file | constants | ${SCORE_COLUMNS}`, rows);
}

/** The question files in `dir` named questions*.jsonl: questions.jsonl first, then questions-2, questions-3, … */
export async function defaultQuestionPaths(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /^questions.*\.jsonl$/.test(name));
  const stem = (name: string) => name.replace(/\.jsonl$/, '');
  return names.sort((a, b) => stem(a).localeCompare(stem(b), 'en', { numeric: true })).map((name) => join(dir, name));
}

/** How the tables name each file: its base name, or the path as given when two files share a base name. */
export function fileLabels(paths: readonly string[]): string[] {
  const names = paths.map((path) => basename(path));
  return new Set(names).size === names.length ? names : [...paths];
}

/** Reads each question file; an unreadable file, a bad line or a file without a usable question is a warning. */
async function readQuestionFiles(paths: readonly string[], io: CliIo): Promise<QuestionFile[]> {
  const distinctPaths = [...new Set(paths)];
  const labels = fileLabels(distinctPaths);
  const files: QuestionFile[] = [];
  for (const [index, path] of distinctPaths.entries()) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      io.stderr.write(
        `warning: cannot read the questions from ${path}: ${reason} — skipped; check the --questions path\n`,
      );
      continue;
    }
    const questionSet = parseQuestionSet(text, path);
    for (const problem of questionSet.problems) io.stderr.write(`warning: ${problem}\n`);
    if (questionSet.questions.length === 0) {
      io.stderr.write(`warning: no usable question in ${path} — skipped\n`);
      continue;
    }
    files.push({ file: labels[index] ?? path, questions: questionSet.questions });
  }
  return files;
}

/**
 * Asks every question once per candidate (one engine each) and runs the leave-one-file-out choice over the answers.
 * The candidate equal to the defaults reuses `defaultRuns`.
 */
function crossValidateGrid(
  files: readonly QuestionFile[],
  grid: TuningGrid,
  engineWith: ReturnType<typeof tunedEngines>,
  defaultRuns: readonly QuestionRun[],
): { crossValidation: CrossValidation<TuningPoint>; candidates: number } {
  const questions = files.flatMap((file) => file.questions);
  const candidates = candidatesNearestDefaultsFirst(grid);
  const keyOf = (point: TuningPoint) => JSON.stringify(point);
  const defaultsKey = keyOf(gridDefaults(grid));
  const runsByCandidate = new Map<string, Map<string, QuestionRun[]>>();
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    let runs = defaultRuns;
    if (key !== defaultsKey) {
      const engine = engineWith(candidate);
      runs = runQuestions(questions, (question) =>
        engine.ask(question, { limit: DEPTH }).results.map((result) => result.text),
      );
    }
    runsByCandidate.set(key, runsPerFile(files, runs));
  }
  const crossValidation = crossValidate(
    files.map((file) => file.file),
    candidates,
    (candidate, file) => runsByCandidate.get(keyOf(candidate))?.get(file) ?? [],
  );
  return { crossValidation, candidates: candidates.length };
}

export async function runEval(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        questions: { type: 'string', multiple: true },
        verbose: { type: 'boolean', default: false },
        'no-cv': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    io.stderr.write(`${COMMAND}: ${describeParseError(error)}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    await writeOut(io.stdout, `${usage}\n`);
    return 0;
  }

  let questionPaths = values.questions ?? [];
  if (questionPaths.length === 0) {
    try {
      questionPaths = await defaultQuestionPaths(DEFAULT_QUESTIONS_DIR);
    } catch {
      questionPaths = [];
    }
    if (questionPaths.length === 0) {
      io.stderr.write(`${COMMAND}: no questions*.jsonl in ${DEFAULT_QUESTIONS_DIR} — pass --questions FILE\n`);
      return 1;
    }
  }
  const files = await readQuestionFiles(questionPaths, io);
  if (files.length === 0) {
    io.stderr.write(`${COMMAND}: no usable question in ${questionPaths.join(', ')} — pass --questions FILE\n`);
    return 1;
  }
  const questions = files.flatMap((file) => file.questions);

  const corpus = await loadCorpus(values.corpus);
  for (const problem of corpus.problems) {
    io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  }
  const passages = corpus.articles.flatMap((article) => article.passages);
  if (passages.length === 0) {
    io.stderr.write(
      `${COMMAND}: no passages in ${values.corpus} — pass --corpus DIR with the articles as <id>.md files\n`,
    );
    return 1;
  }

  const engineWith = tunedEngines(corpus.articles);
  const engine = engineWith({});
  const engines = evaluateEngines(passages, questions, (question) =>
    engine.ask(question, { limit: DEPTH }).results.map((result) => result.text),
  );
  const ours = engines[0]?.runs ?? [];
  const inScope = questions.filter(isInScope).length;
  const lines = [
    `Retrieval quality: ${questions.length} questions (${inScope} in scope, ${questions.length - inScope} out of ` +
      `scope) in ${files.length} ` +
      `file${files.length === 1 ? '' : 's'}, ${passages.length} passages from ${corpus.articles.length} articles ` +
      `in ${values.corpus}`,
    '',
    formatScoreTable(engines),
    '',
    `${OUR_ENGINE_NAME} per question file:`,
    '',
    formatFileTable(files, ours),
    '',
    `${OUR_ENGINE_NAME} per kind of question:`,
    '',
    formatKindTable(ours),
  ];

  if (!values['no-cv']) {
    if (files.length < 2) {
      lines.push(
        '',
        'Cross-validation needs at least two question files (constants are chosen on the others); skipped.',
      );
    } else {
      const { crossValidation, candidates } = crossValidateGrid(files, TUNING_GRID, engineWith, ours);
      lines.push(
        '',
        `Cross-validated, leave one file out: for each file, the constants among ${candidates} points ` +
          `(${Object.entries(TUNING_GRID)
            .map(([key, grid]) => `${key} ${grid.join('/')}`)
            .join(', ')}) that maximise the mean of R@3, answered and oos declined on the other files ` +
          '(ties to the point nearest the defaults), reported on the held-out file:',
        '',
        formatCrossValidationTable(crossValidation, runsPerFile(files, ours), gridDefaults(TUNING_GRID)),
        '',
        'The same held-out runs per kind of question (each file answered with the constants chosen without it):',
        '',
        formatKindTable(crossValidation.folds.flatMap((fold) => fold.runs)),
      );
    }
  }

  if (values.verbose) {
    const fileOf = files.flatMap(({ file, questions: fileQuestions }) => fileQuestions.map(() => file));
    lines.push(
      '',
      'Rank of the first answering passage (in scope), or whether the engine declined (out of scope):',
      '',
      formatQuestionTable(engines, fileOf),
    );
  }
  await writeOut(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runEval(process.argv.slice(2), io));
}
