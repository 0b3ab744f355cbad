// `npm run eval`: retrieval quality of our engine against peer engines (MiniSearch with default options, lunr,
// wink-bm25-text-search) on the same passages and the same question set, as a Markdown table. Deterministic:
// no timings, engines in a fixed order, ours first. `--verbose` adds each question's rank per engine.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import type { Passage } from '../src/corpus/types.js';
import { createEngine } from '../src/search/engine.js';
import { describeParseError } from '../src/cli/args.js';
import { formatCorpusProblem, isEntryPoint, runAsProcess, writeOut, type CliIo } from '../src/cli/cli-io.js';
import {
  firstAnsweringRank,
  isInScope,
  parseQuestionSet,
  runQuestions,
  scoreRuns,
  shareOf,
  type EvalQuestion,
  type EvalScores,
  type QuestionRun,
} from './eval-metrics.js';
import { peerEngines } from './peers.js';

const COMMAND = 'npm run eval';
/** Every metric looks at the first five results at most. */
const DEPTH = 5;
export const OUR_ENGINE_NAME = 'coverage-bot';

const usage = `Usage: npm run eval -- [--corpus DIR] [--questions FILE] [--verbose]

Measures how well each engine finds the passage that answers each question (metrics: /work/shared/eval/README.md).

Options:
  --corpus DIR       the articles (default ./corpus)
  --questions FILE   one JSON question a line (default test/fixtures/questions.jsonl)
  --verbose          also list, for each question, the rank of the first answering passage per engine
  --help             show this help`;

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

/** For an in-scope question: the rank, "miss" (answered, none answering in the top 5) or "declined". For oos: "declined" or "answered". */
function describeRun(run: QuestionRun): string {
  if (!isInScope(run.question)) return run.resultTexts.length === 0 ? 'declined' : 'answered';
  if (run.resultTexts.length === 0) return 'declined';
  return String(firstAnsweringRank(run, DEPTH) ?? 'miss');
}

export function formatQuestionTable(engines: readonly EngineRuns[]): string {
  const first = engines[0];
  if (first === undefined) return '';
  const escapeCell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = first.runs.map((run, index) =>
    [
      String(index + 1),
      run.question.kind,
      escapeCell(run.question.q),
      ...engines.map((engine) => {
        const engineRun = engine.runs[index];
        return engineRun === undefined ? '' : describeRun(engineRun);
      }),
    ].join(' | '),
  );
  return [
    `| # | kind | question | ${engines.map((engine) => engine.name).join(' | ')} |`,
    `|---|---|---|${engines.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export async function runEval(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        questions: { type: 'string', default: 'test/fixtures/questions.jsonl' },
        verbose: { type: 'boolean', default: false },
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

  let questionText: string;
  try {
    questionText = await readFile(values.questions, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    io.stderr.write(`${COMMAND}: cannot read the questions from ${values.questions}: ${reason} — pass --questions FILE\n`);
    return 1;
  }
  const questionSet = parseQuestionSet(questionText, values.questions);
  for (const problem of questionSet.problems) io.stderr.write(`warning: ${problem}\n`);
  if (questionSet.questions.length === 0) {
    io.stderr.write(`${COMMAND}: no usable question in ${values.questions}\n`);
    return 1;
  }

  const corpus = await loadCorpus(values.corpus);
  for (const problem of corpus.problems) {
    io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  }
  const passages = corpus.articles.flatMap((article) => article.passages);
  if (passages.length === 0) {
    io.stderr.write(`${COMMAND}: no passages in ${values.corpus} — pass --corpus DIR with the articles as <id>.md files\n`);
    return 1;
  }

  const engine = createEngine(corpus.articles);
  const engines = evaluateEngines(passages, questionSet.questions, (question) =>
    engine.ask(question, { limit: DEPTH }).results.map((result) => result.text),
  );
  const inScope = questionSet.questions.filter(isInScope).length;
  const lines = [
    `Retrieval quality: ${questionSet.questions.length} questions (${inScope} in scope, ${questionSet.questions.length - inScope} out of scope), ` +
      `${passages.length} passages from ${corpus.articles.length} articles in ${values.corpus}`,
    '',
    formatScoreTable(engines),
  ];
  if (values.verbose) {
    lines.push('', 'Rank of the first answering passage (in scope), or whether the engine declined (out of scope):', '', formatQuestionTable(engines));
  }
  await writeOut(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runEval(process.argv.slice(2), io));
}
