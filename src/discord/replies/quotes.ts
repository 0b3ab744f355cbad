// The /quotes reply: a page of what a person is quoted saying, each statement a quotation with its citation, in
// article order, Previous/Next when there are more; and the autocomplete of who.
import type { APIEmbed } from 'discord.js';
import type { Quotes } from '../../search/index.js';
import { notQuotedText } from '../../wording/answers.js';
import { joinWords, plural } from '../../wording/words.js';
import { encodeQuotesPage, MAX_WHO_LENGTH } from '../components/custom-id.js';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_CHOICE_NAME_LENGTH,
  MAX_CHOICE_VALUE_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
} from '../reply-limits.js';
import { alsoReportedBy, citationLine, TIER_COLOURS } from './answer-embeds.js';
import { NAME_CHARACTERS } from './budgets.js';
import { button, noMentions, notice, row, visibility, type ReplyPayload, type SourceChoice } from './payload.js';
import { cutText, fitEscaped, quotation, shortName, stripControls } from './text.js';

export const STATEMENTS_PER_PAGE = 5;
/** One statement's quotation at most; a page of five then stays readable. */
const STATEMENT_CHARACTERS = 600;
/** "Also reported by …" under a statement. */
const STATEMENT_ALSO_CHARACTERS = 300;
/** Room the blank lines between statements take on a page. */
const PAGE_SEPARATOR_ROOM = 20;
const STATEMENT_SEPARATOR = '\n\n';
/** The people in the title, cut at a word, and escaped within the title's share. */
const TITLE_WHO_CHARACTERS = 180;
const TITLE_WHO_ESCAPED_CHARACTERS = 220;
/** The person echoed in "… is not quoted in the coverage". */
const UNQUOTED_WHO_CHARACTERS = 100;
const UNQUOTED_WHO_ESCAPED_CHARACTERS = 160;

/** Who the statements are by, as a title: `What Claudia Sheinbaum said in the coverage`. */
function quotesTitle(quotes: Quotes): string {
  const names = quotes.people.map((name) => shortName(name, NAME_CHARACTERS));
  const who = names.length === 0 ? quotes.who : joinWords(names);
  return `What ${fitEscaped(shortName(who, TITLE_WHO_CHARACTERS), TITLE_WHO_ESCAPED_CHARACTERS)} said in the coverage`;
}

/**
 * /quotes: a page of statements (5 a page), each a quotation with its one-line citation, in article order, with
 * Previous/Next when there are more; "not quoted in the coverage" when there are none.
 */
export function formatQuotesReply(
  quotes: Quotes,
  requestedPage: number,
  options: { isPrivate: boolean },
): ReplyPayload {
  if (quotes.statements.length === 0) {
    const who =
      fitEscaped(shortName(quotes.who, UNQUOTED_WHO_CHARACTERS), UNQUOTED_WHO_ESCAPED_CHARACTERS) || 'That person';
    return notice(`${notQuotedText(who)} Pick a name from the suggestions of /quotes, or try /ask.`);
  }
  const pages = Math.ceil(quotes.statements.length / STATEMENTS_PER_PAGE);
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const shown = quotes.statements.slice(page * STATEMENTS_PER_PAGE, (page + 1) * STATEMENTS_PER_PAGE);
  const perStatement =
    Math.floor((MAX_EMBED_DESCRIPTION_LENGTH - PAGE_SEPARATOR_ROOM) / shown.length) - STATEMENT_SEPARATOR.length;
  const blocks = shown.map((statement) => {
    const citation = citationLine(statement, quotes.articleCount);
    const also =
      statement.alsoIn.length > 0 ? `\nAlso reported by ${alsoReportedBy(statement, STATEMENT_ALSO_CHARACTERS)}` : '';
    const room = Math.min(STATEMENT_CHARACTERS, perStatement - citation.length - also.length - 1);
    const quote = quotation(statement.spans, room);
    return cutText(`${quote}\n${citation}${also}`, perStatement);
  });
  const footer =
    `${pages > 1 ? `Page ${page + 1} of ${pages} · ` : ''}${plural(quotes.statements.length, 'statement')} ` +
    `in article order · ${quotes.articleCount} articles`;
  const embed: APIEmbed = {
    title: quotesTitle(quotes),
    description: blocks.join(STATEMENT_SEPARATOR),
    footer: { text: footer },
    color: TIER_COLOURS.high,
  };
  const payload: ReplyPayload = { embeds: [embed], allowedMentions: noMentions(), ...visibility(options.isPrivate) };
  if (pages > 1) {
    const who = stripControls(quotes.who);
    payload.components = [
      row([
        button(encodeQuotesPage(Math.max(0, page - 1), who), 'Previous', { disabled: page === 0 }),
        button(encodeQuotesPage(Math.min(pages - 1, page + 1), who), 'Next', { disabled: page === pages - 1 }),
      ]),
    ];
    // Two disabled buttons may carry the same page: keep their custom_ids distinct, as Discord requires.
    const [previous, next] = payload.components[0]?.components ?? [];
    if (previous && next && 'custom_id' in previous && 'custom_id' in next && previous.custom_id === next.custom_id)
      next.custom_id = encodeQuotesPage(pages, who);
  }
  return payload;
}

/**
 * Autocomplete for a free-text option: what was typed comes first (so it can be sent as typed), then the names that
 * contain it; at most 25, each name and value within 100 characters.
 */
export function formatFreeTextChoices(names: readonly string[], typed: string): SourceChoice[] {
  const raw = stripControls(typed).replace(/\s+/g, ' ').trim().slice(0, MAX_WHO_LENGTH);
  const needle = raw.toLowerCase();
  const choices: SourceChoice[] = raw ? [{ name: cutText(raw, MAX_CHOICE_NAME_LENGTH), value: raw }] : [];
  for (const name of names) {
    const clean = stripControls(name).trim().slice(0, MAX_CHOICE_VALUE_LENGTH);
    if (!clean || clean.toLowerCase() === needle || (needle && !clean.toLowerCase().includes(needle))) continue;
    choices.push({ name: cutText(clean, MAX_CHOICE_NAME_LENGTH), value: clean });
  }
  return choices.slice(0, MAX_AUTOCOMPLETE_CHOICES);
}
