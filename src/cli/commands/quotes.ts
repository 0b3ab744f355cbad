// `npm run quotes -- "Sheinbaum"`: every statement the articles attribute to a person, in article order, as
// readable blocks or JSON. Thin: arguments → engine → quotes → render.
import type { Quotes } from '../../search/index.js';
import { notQuotedText, reportedBy } from '../../wording/answers.js';
import { joinWords, plural } from '../../wording/words.js';
import { CORPUS_FLAG_USAGE, corpusFlag, helpFlag, readCorpusFlag, readFlags } from '../args.js';
import { writeOut, type CliIo } from '../cli-io.js';
import { succeed, usageMistake, type CliDependencies, type CliResult } from '../command.js';
import { openEngineForCli } from '../open-corpus.js';

export const name = 'quotes';

export const usage = `Usage: npm run quotes -- [options] "person"

Lists every statement the articles attribute to a person (direct quotes and reported speech, "she said" included
when the engine can tell who "she" is), in article order, with citations; the same statement reported by several
articles is shown once, "reported by N of M".

  npm run quotes -- "Sheinbaum"
  npm run quotes -- --json "Sheinbaum"
  npm run quotes -- --people          the people the articles quote, most quoted first

Options:
  --json          print {who, people, statements: [...]} (with --people: [{name, statements}])
  --people        list the people the coverage quotes instead
${CORPUS_FLAG_USAGE}
  --help          show this help`;

export const flags = { json: { type: 'boolean' }, people: { type: 'boolean' }, ...corpusFlag, ...helpFlag } as const;

export interface QuotesArgs {
  who: string | null;
  json: boolean;
  people: boolean;
  corpusDir: string | null;
  help: boolean;
}

export function parse(argv: readonly string[]): CliResult<QuotesArgs> {
  const read = readFlags(argv, flags, true);
  if (!read.ok) return read;
  const { values, positionals } = read.value;
  const corpusDir = readCorpusFlag(values.corpus);
  if (!corpusDir.ok) return corpusDir;
  const who = positionals.join(' ').trim();
  return succeed({
    who: who === '' ? null : who,
    json: values.json ?? false,
    people: values.people ?? false,
    corpusDir: corpusDir.value,
    help: values.help ?? false,
  });
}

/** The statements as numbered blocks: the words in quotes, `she [Claudia Sheinbaum]` where a pronoun was credited. */
export function renderQuotes(quotes: Quotes): string {
  if (quotes.statements.length === 0)
    return `${notQuotedText(quotes.who)} Run \`npm run quotes -- --people\` to see who is.`;
  const header =
    `${joinWords(quotes.people)}: ${plural(quotes.statements.length, 'statement')} in ` +
    `${quotes.articleCount} articles, in article order`;
  const blocks = quotes.statements.map((statement, index) => {
    const text = statement.spans.map((span) => (span.speaker ? `${span.text} [${span.speaker}]` : span.text)).join('');
    const citation = [
      statement.title,
      statement.outlet,
      `¶ ${statement.paragraph}`,
      statement.section ? `section “${statement.section}”` : undefined,
      statement.opinion ? 'opinion' : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    const lines = [`${index + 1}. ${text}`, `   — ${citation}`];
    if (statement.alsoIn.length > 0)
      lines.push(
        `   also in: ${statement.alsoIn.map((also) => `${also.outlet ?? also.title} ¶ ${also.paragraph}`).join('; ')}`,
      );
    if (statement.reportedBy > 1) lines.push(`   ${reportedBy(statement.reportedBy, quotes.articleCount)}`);
    return lines.join('\n');
  });
  return [header, '', blocks.join('\n\n')].join('\n');
}

export async function run(args: QuotesArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  if (args.who === null && !args.people)
    return usageMistake('no person — give a name in quotes, such as npm run quotes -- "Sheinbaum"');
  const opened = await openEngineForCli(args.corpusDir, dependencies.config, io, dependencies.cacheDir);
  if (!opened.ok) return opened;
  const { engine } = opened.value;
  if (args.people) {
    const people = engine.quotedPeople().map(({ name: person, statements }) => ({ name: person, statements }));
    const listing = args.json
      ? JSON.stringify(people)
      : people.map((person) => `${person.name} (${person.statements})`).join('\n');
    await writeOut(io.stdout, `${listing}\n`);
    return succeed(undefined);
  }
  const quotes = engine.quotes(args.who ?? '');
  await writeOut(io.stdout, `${args.json ? JSON.stringify(quotes) : renderQuotes(quotes)}\n`);
  return succeed(undefined);
}
