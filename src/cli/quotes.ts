// `npm run quotes -- "Sheinbaum"`: every statement the articles attribute to a person, in article order, as
// readable blocks or JSON. Thin: arguments → config → engine → quotes → render.
import { loadConfig } from '../config.js';
import type { Quotes } from '../search/index.js';
import { readFlags, isBlankCorpusFlag, BLANK_CORPUS_MESSAGE, type ParsedArgs } from './args.js';
import { argumentsOrExit, isEntryPoint, runAsProcess, writeOut, type CliDependencies, type CliIo } from './cli-io.js';
import { openEngineForCli } from './open-corpus.js';

const COMMAND = 'npm run quotes';

export const quotesUsage = `Usage: npm run quotes -- [options] "person"

Lists every statement the articles attribute to a person (direct quotes and reported speech, "she said" included
when the engine can tell who "she" is), in article order, with citations; the same statement reported by several
articles is shown once, "reported by N of M".

  npm run quotes -- "Sheinbaum"
  npm run quotes -- --json "Sheinbaum"
  npm run quotes -- --people          the people the articles quote, most quoted first

Options:
  --json          print {who, people, statements: [...]} (with --people: [{name, statements}])
  --people        list the people the coverage quotes instead
  --corpus DIR    read the articles from DIR instead of CORPUS_DIR (default ./corpus)
  --help          show this help`;

interface QuotesArgs {
  who: string | null;
  json: boolean;
  people: boolean;
  corpusDir: string | null;
  help: boolean;
}

export function parseQuotesArgs(argv: readonly string[]): ParsedArgs<QuotesArgs> {
  const read = readFlags(argv, { json: { type: 'boolean' }, people: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (!read.ok) return read;
  const { values, positionals } = read.parsed;
  if (isBlankCorpusFlag(values.corpus)) return { ok: false, message: BLANK_CORPUS_MESSAGE };
  const who = positionals.join(' ').trim();
  return { ok: true, args: { who: who === '' ? null : who, json: values.json ?? false, people: values.people ?? false, corpusDir: values.corpus ?? null, help: values.help ?? false } };
}

/** The statements as numbered blocks: the words in quotes, `she [Claudia Sheinbaum]` where a pronoun was credited. */
export function renderQuotes(quotes: Quotes): string {
  if (quotes.statements.length === 0) return `${quotes.who} is not quoted in the coverage. Run \`npm run quotes -- --people\` to see who is.`;
  const header = `${quotes.people.join(' and ')}: ${quotes.statements.length} statement${quotes.statements.length === 1 ? '' : 's'} in ${quotes.articleCount} articles, in article order`;
  const blocks = quotes.statements.map((statement, index) => {
    const text = statement.spans.map((span) => (span.speaker ? `${span.text} [${span.speaker}]` : span.text)).join('');
    const citation = [statement.title, statement.outlet, `¶ ${statement.paragraph}`, statement.section ? `section “${statement.section}”` : undefined, statement.opinion ? 'opinion' : undefined]
      .filter(Boolean)
      .join(' · ');
    const lines = [`${index + 1}. ${text}`, `   — ${citation}`];
    if (statement.alsoIn.length > 0) lines.push(`   also in: ${statement.alsoIn.map((also) => `${also.outlet ?? also.title} ¶ ${also.paragraph}`).join('; ')}`);
    if (statement.reportedBy > 1) lines.push(`   reported by ${statement.reportedBy} of ${quotes.articleCount} sources`);
    return lines.join('\n');
  });
  return [header, '', blocks.join('\n\n')].join('\n');
}

export async function runQuotes(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number> {
  const start = await argumentsOrExit(parseQuotesArgs(argv), COMMAND, quotesUsage, io);
  if ('exitCode' in start) return start.exitCode;
  const args = start.args;
  if (args.who === null && !args.people) {
    io.stderr.write(`${COMMAND}: no person — give a name in quotes, such as npm run quotes -- "Sheinbaum"\n\n${quotesUsage}\n`);
    return 2;
  }
  const opened = await openEngineForCli(COMMAND, args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened.exitCode;
  if (args.people) {
    const people = opened.engine.quotedPeople().map(({ name, statements }) => ({ name, statements }));
    await writeOut(io.stdout, `${args.json ? JSON.stringify(people) : people.map((person) => `${person.name} (${person.statements})`).join('\n')}\n`);
    return 0;
  }
  const quotes = opened.engine.quotes(args.who ?? '');
  await writeOut(io.stdout, `${args.json ? JSON.stringify(quotes) : renderQuotes(quotes)}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  runAsProcess(COMMAND, (io) => runQuotes(process.argv.slice(2), io, { config: loadConfig() }));
}
