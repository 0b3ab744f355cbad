// `npm run sources`: lists the articles the bot answers from, as a table or as JSON, and reports every corpus
// problem on stderr. Thin: arguments → config → loadCorpus → summaries → text.
import { loadConfig, type ConfigResult } from '../config.js';
import { loadCorpus } from '../corpus/load.js';
import { formatProblem } from '../corpus/problems.js';
import { summarizeArticle, type ArticleSummary } from '../corpus/summary.js';
import { BLANK_CORPUS_MESSAGE, isBlankCorpusFlag, readFlags } from './args.js';
import { argumentsOrExit, formatCorpusProblem, isEntryPoint, runAsProcess, writeOut, type CliIo } from './cli-io.js';
import { formatTable, type TableColumn } from './format-table.js';

const COMMAND = 'npm run sources';

/** The width the table fits when stdout is not a terminal that says its own. */
export const DEFAULT_TABLE_WIDTH = 100;

export const sourcesUsage = `Usage: npm run sources -- [--json] [--strict] [--corpus DIR]

Lists the articles the bot answers from: id, headline, outlet, author, date and paragraph count.
Problems with article files are printed on stderr as warnings; those files are left out.

Options:
  --json          print a JSON array of {id, title, outlet, author, published, url, paragraphs}
                  (fields an article does not give are left out)
  --strict        exit with status 1 when any article file has a problem
  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)
  --help          show this help`;

export interface SourcesArgs {
  json: boolean;
  strict: boolean;
  corpusDir: string | null;
  help: boolean;
}

export type ParsedSourcesArgs = { ok: true; args: SourcesArgs } | { ok: false; message: string };

/** Parses the arguments after `npm run sources --`; a bad one comes back as a message naming it. */
export function parseSourcesArgs(argv: readonly string[]): ParsedSourcesArgs {
  const read = readFlags(
    argv,
    { json: { type: 'boolean' }, strict: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (!read.ok) return read;
  const { values } = read.parsed;
  if (isBlankCorpusFlag(values.corpus)) return { ok: false, message: BLANK_CORPUS_MESSAGE };
  return {
    ok: true,
    args: { json: values.json ?? false, strict: values.strict ?? false, corpusDir: values.corpus ?? null, help: values.help ?? false },
  };
}

/** The readable listing: one row an article, "—" for what an article does not give, and a count line. */
export function renderSourcesTable(summaries: readonly ArticleSummary[], maxWidth: number): string {
  const columns: TableColumn[] = [
    { header: 'id', minWidth: 24 },
    { header: 'headline', minWidth: 20 },
    { header: 'outlet', minWidth: 8 },
    { header: 'author', minWidth: 8 },
    { header: 'date' },
    { header: '¶', align: 'right' },
  ];
  const rows = summaries.map((summary) => [
    summary.id,
    summary.title,
    summary.outlet ?? '—',
    summary.author ?? '—',
    summary.published ?? '—',
    String(summary.paragraphs),
  ]);
  // The headline gives way first; ids last, because `--source` needs them whole.
  const table = formatTable(columns, rows, maxWidth, [1, 3, 2, 0]);
  const paragraphs = summaries.reduce((sum, summary) => sum + summary.paragraphs, 0);
  const count = `${summaries.length} ${summaries.length === 1 ? 'article' : 'articles'}, ${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}`;
  return `${table}\n\n${count}`;
}

export interface SourcesDependencies {
  config: ConfigResult;
}

/** Runs `npm run sources` with these arguments; resolves to the exit code. */
export async function runSources(argv: readonly string[], io: CliIo, dependencies: SourcesDependencies): Promise<number> {
  const start = await argumentsOrExit(parseSourcesArgs(argv), COMMAND, sourcesUsage, io);
  if ('exitCode' in start) return start.exitCode;
  const { args } = start;
  if (!dependencies.config.ok) {
    for (const error of dependencies.config.errors) io.stderr.write(`${COMMAND}: ${error}\n`);
    return 1;
  }
  const corpusDir = args.corpusDir ?? dependencies.config.config.CORPUS_DIR;

  const maxArticleBytes = dependencies.config.config.MAX_ARTICLE_BYTES;
  const corpus = await loadCorpus(corpusDir, maxArticleBytes === undefined ? {} : { maxArticleBytes });
  // A problem with the directory itself is the error, not a warning.
  const directoryProblems = corpus.problems.filter((problem) => problem.file === corpusDir && problem.field === undefined);
  for (const problem of corpus.problems) {
    if (!directoryProblems.includes(problem)) io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  }
  if (corpus.articles.length === 0) {
    if (directoryProblems.length > 0) {
      for (const problem of directoryProblems) io.stderr.write(`${COMMAND}: ${formatProblem(problem)}\n`);
    } else {
      io.stderr.write(`${COMMAND}: no articles could be loaded from ${corpusDir} — fix the problems above\n`);
    }
    return 1;
  }

  const summaries = corpus.articles.map(summarizeArticle);
  if (args.json) {
    await writeOut(io.stdout, `${JSON.stringify(summaries, null, 2)}\n`);
  } else {
    const width = io.stdout.isTTY ? ((io.stdout as { columns?: number }).columns ?? DEFAULT_TABLE_WIDTH) : DEFAULT_TABLE_WIDTH;
    await writeOut(io.stdout, `${renderSourcesTable(summaries, width)}\n`);
  }
  if (args.strict && corpus.problems.length > 0) {
    const count = corpus.problems.length;
    io.stderr.write(`${COMMAND}: --strict: ${count} ${count === 1 ? 'problem' : 'problems'} in ${corpusDir} (listed above) — fix them, or run without --strict to accept the articles that loaded\n`);
    return 1;
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runSources(process.argv.slice(2), io, { config: loadConfig() }));
}
