// `npm run sources`: lists the articles the bot answers from, as a table or as JSON, and reports every corpus
// problem on stderr. Thin: arguments → config → loadCorpus → summaries → text.
import { loadCorpus } from '../../corpus/load.js';
import { formatProblem } from '../../corpus/problems.js';
import { summarizeArticle, type ArticleSummary } from '../../corpus/summary.js';
import { plural } from '../../wording/words.js';
import { configOrFailure, CORPUS_FLAG_USAGE, corpusFlag, helpFlag, readCorpusFlag, readFlags } from '../args.js';
import { formatCorpusProblem, writeOut, type CliIo } from '../cli-io.js';
import { failure, succeed, type CliDependencies, type CliResult } from '../command.js';
import { formatTable, type TableColumn } from '../format-table.js';

export const name = 'sources';

/** The width the table fits on a terminal that does not say its own. Piped, the table is never cut. */
export const DEFAULT_TABLE_WIDTH = 100;

export const usage = `Usage: npm run sources -- [--json] [--strict] [--corpus DIR]

Lists the articles the bot answers from: id, headline, outlet, author, date and paragraph count.
Problems with article files are printed on stderr as warnings; those files are left out.

Options:
  --json          print a JSON array of {id, title, outlet, author, published, url, paragraphs}
                  (fields an article does not give are left out)
  --strict        exit with status 1 when any article file has a problem
${CORPUS_FLAG_USAGE}
  --help          show this help`;

export const flags = { json: { type: 'boolean' }, strict: { type: 'boolean' }, ...corpusFlag, ...helpFlag } as const;

export interface SourcesArgs {
  json: boolean;
  strict: boolean;
  corpusDir: string | null;
  help: boolean;
}

/** Reads the arguments after `npm run sources --`; a bad one comes back as a failure naming it. */
export function parse(argv: readonly string[]): CliResult<SourcesArgs> {
  const read = readFlags(argv, flags, false);
  if (!read.ok) return read;
  const { values } = read.value;
  const corpusDir = readCorpusFlag(values.corpus);
  if (!corpusDir.ok) return corpusDir;
  return succeed({
    json: values.json ?? false,
    strict: values.strict ?? false,
    corpusDir: corpusDir.value,
    help: values.help ?? false,
  });
}

/** The readable listing: one row an article, "—" for what an article does not give, and a count line. */
export function renderSourcesTable(summaries: readonly ArticleSummary[], maxWidth: number): string {
  const columns: TableColumn[] = [
    { header: 'id' },
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
  // The headline gives way first; ids never, because `--source` needs them whole.
  const table = formatTable(columns, rows, maxWidth, [1, 3, 2]);
  const paragraphs = summaries.reduce((sum, summary) => sum + summary.paragraphs, 0);
  return `${table}\n\n${plural(summaries.length, 'article')}, ${plural(paragraphs, 'paragraph')}`;
}

export async function run(args: SourcesArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  const config = configOrFailure(dependencies.config);
  if (!config.ok) return config;
  const corpusDir = args.corpusDir ?? config.value.CORPUS_DIR;

  const maxArticleBytes = config.value.MAX_ARTICLE_BYTES;
  const corpus = await loadCorpus(corpusDir, maxArticleBytes === undefined ? {} : { maxArticleBytes });
  // A problem with the directory itself is the error, not a warning.
  const directoryProblems = corpus.problems.filter(
    (problem) => problem.file === corpusDir && problem.field === undefined,
  );
  for (const problem of corpus.problems) {
    if (!directoryProblems.includes(problem)) io.stderr.write(`${formatCorpusProblem(problem)}\n`);
  }
  if (corpus.articles.length === 0) {
    if (directoryProblems.length > 0) return failure(directoryProblems.map(formatProblem));
    return failure(`no articles could be loaded from ${corpusDir} — fix the problems above`);
  }

  const summaries = corpus.articles.map(summarizeArticle);
  if (args.json) {
    await writeOut(io.stdout, `${JSON.stringify(summaries, null, 2)}\n`);
  } else {
    // On a terminal the table fits its width; piped (to a file, grep, a pager) nothing is cut.
    const width = io.stdout.isTTY
      ? ((io.stdout as { columns?: number }).columns ?? DEFAULT_TABLE_WIDTH)
      : Number.POSITIVE_INFINITY;
    await writeOut(io.stdout, `${renderSourcesTable(summaries, width)}\n`);
  }
  if (args.strict && corpus.problems.length > 0) {
    return failure(
      `--strict: ${plural(corpus.problems.length, 'problem')} in ${corpusDir} (listed above) — fix them, or run ` +
        `without --strict to accept the articles that loaded`,
    );
  }
  return succeed(undefined);
}
