// `npm run gaps`: what the coverage fails to answer, from the bot's feedback log — the declined and 👎 questions,
// grouped, most frequent first. How the corpus maintainer learns which articles to add.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findGaps, type Gap } from '../../feedback/gaps.js';
import { FEEDBACK_FILE, parseFeedbackLog } from '../../feedback/log.js';
import { plural } from '../../wording/words.js';
import { configOrFailure, helpFlag, readFlags } from '../args.js';
import { writeOut, type CliIo } from '../cli-io.js';
import { failure, succeed, usageMistake, type CliDependencies, type CliResult } from '../command.js';

export const name = 'gaps';

const DEFAULT_SHOWN = 20;

export const usage = `Usage: npm run gaps -- [options]

Prints the questions the coverage fails to answer, from the bot's feedback log (DATA_DIR/${FEEDBACK_FILE}):
every question /ask or "Check against coverage" declined and every answer voted 👎, the same question asked in
other words counted once, most frequent first. Add articles that answer the top ones.

Options:
  --log FILE      read this feedback log instead of DATA_DIR/${FEEDBACK_FILE}
  --top N         how many questions to show (default ${DEFAULT_SHOWN})
  --json          print [{question, alsoAsked, declined, votedDown, people, lastAskedAt, neverMentioned}]
  --help          show this help`;

export const flags = {
  log: { type: 'string' },
  top: { type: 'string' },
  json: { type: 'boolean' },
  ...helpFlag,
} as const;

export interface GapsArgs {
  log: string | null;
  top: number;
  json: boolean;
  help: boolean;
}

export function parse(argv: readonly string[]): CliResult<GapsArgs> {
  const read = readFlags(argv, flags, false);
  if (!read.ok) return read;
  const { values } = read.value;
  const top =
    values.top === undefined ? DEFAULT_SHOWN : /^\d+$/.test(values.top.trim()) ? Number(values.top.trim()) : Number.NaN;
  if (!Number.isInteger(top) || top < 1)
    return usageMistake(`--top must be a whole number from 1, not "${values.top ?? ''}"`);
  if (values.log !== undefined && values.log.trim() === '')
    return usageMistake('--log needs a file, such as --log ./data/feedback.jsonl');
  return succeed({ log: values.log ?? null, top, json: values.json ?? false, help: values.help ?? false });
}

/** An indented line under a gap, `label: “a”, “b”`; nothing when there is nothing to list. */
function listLine(label: string, items: readonly string[]): string {
  return items.length > 0 ? `\n   ${label}: ${items.map((item) => `“${item}”`).join(', ')}` : '';
}

export function renderGaps(gaps: readonly Gap[], total: number): string {
  if (gaps.length === 0) return 'No declined or 👎 questions in the feedback log yet.';
  const lines = gaps.map((gap, index) => {
    const counts = [
      gap.declined > 0 ? `${gap.declined} declined` : '',
      gap.votedDown > 0 ? `${gap.votedDown} 👎` : '',
      plural(gap.people, 'person', 'people'),
    ]
      .filter(Boolean)
      .join(', ');
    const also = listLine('also asked as', gap.alsoAsked);
    return `${index + 1}. “${gap.question}” — ${counts}${also}${listLine('never mentioned', gap.neverMentioned)}`;
  });
  const more = total > gaps.length ? `\n\n(${total - gaps.length} more; --top ${total} shows all)` : '';
  return `Questions the coverage fails to answer, most frequent first:\n\n${lines.join('\n')}${more}`;
}

export async function run(args: GapsArgs, io: CliIo, dependencies: CliDependencies): Promise<CliResult<void>> {
  let file = args.log;
  if (file === null) {
    const config = configOrFailure(dependencies.config);
    if (!config.ok) return config;
    file = join(config.value.DATA_DIR, FEEDBACK_FILE);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return failure(
      missing
        ? `no feedback log at ${file} — the bot writes one there once people use it (set DATA_DIR to where it ` +
            `runs), or give --log FILE`
        : `could not read ${file}: ${(error as Error).message}`,
    );
  }
  const { events, problems } = parseFeedbackLog(text);
  for (const problem of problems) io.stderr.write(`warning: ${file}: ${problem} (skipped)\n`);
  const gaps = findGaps(events);
  const shown = gaps.slice(0, args.top);
  await writeOut(io.stdout, `${args.json ? JSON.stringify(shown) : renderGaps(shown, gaps.length)}\n`);
  return succeed(undefined);
}
