// The /compare reply: one embed, one field an article (most complete account first), each its snippet and where
// it is, within the 25 fields, 1,024 characters a value and 6,000 a message; or the private decline.
import { embedLength, type APIEmbedField } from 'discord.js';
import { paragraphLabel } from '../../corpus/citation.js';
import type { ArticleAccount, Comparison } from '../../search/index.js';
import { discordCommand } from '../../wording/commands.js';
import {
  comparisonDeclinedText,
  coverageCount,
  notCoveredNote,
  SAME_ACCOUNT_NOTE,
  sameAccountAsLine,
  sameAccountOnlyText,
} from '../../wording/compare.js';
import { plural } from '../../wording/words.js';
import {
  MAX_EMBED_CHARACTERS_PER_MESSAGE,
  MAX_EMBED_FIELD_NAME_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE_LENGTH,
} from '../reply-limits.js';
import { ECHOED_TEXT_CHARACTERS, NAME_CHARACTERS } from './budgets.js';
import { noMentions, notice, visibility, type ReplyPayload } from './payload.js';
import { cutText, ELLIPSIS, fitEscaped, formatSnippet } from './text.js';

/** The headline beside an outlet on an account's citation, and the section heading after its ¶. */
const ACCOUNT_HEADLINE_CHARACTERS = 120;
const ACCOUNT_SECTION_CHARACTERS = 100;
/** Room a field name keeps for its number (`25. `). */
const FIELD_NUMBER_ROOM = 8;
/** The citation takes at most this share of a field's value; the snippet has the rest. */
const CITATION_SHARE = 1 / 2;
/** Left unspent in a message, so rounding in the share-out never tips it over Discord's total. */
const MESSAGE_SLACK = 50;

/** What names an article: its outlet, or its headline when the outlet is unknown (most of the corpus). */
function accountName(account: { outlet?: string; title: string }, max: number): string {
  return fitEscaped(account.outlet ?? account.title, max) || ELLIPSIS;
}

/** `¶ 6 · Section · _opinion_` and, when other articles fold with it, `same account as: Outlet ¶ 5, …`. */
function accountCitation(account: ArticleAccount, max: number): string {
  const passage = account.passage;
  if (passage === null)
    return cutText(`_${notCoveredNote(account.unmentioned.map((name) => fitEscaped(name, NAME_CHARACTERS)))}_`, max);
  const place = [
    account.outlet ? fitEscaped(account.title, ACCOUNT_HEADLINE_CHARACTERS) : undefined,
    paragraphLabel(passage),
    passage.section ? fitEscaped(passage.section, ACCOUNT_SECTION_CHARACTERS) : undefined,
    passage.opinion ? '_opinion_' : undefined,
  ].filter((part): part is string => Boolean(part));
  const lines = [place.join(' · ')];
  if (account.coverage === 'same-account') lines.push(`_${SAME_ACCOUNT_NOTE}_`);
  if (account.sameAs.length > 0)
    lines.push(
      sameAccountAsLine(
        account.sameAs.map((other) => `${accountName(other, NAME_CHARACTERS)} ${paragraphLabel(other)}`),
      ),
    );
  return cutText(lines.join('\n'), max);
}

function accountField(account: ArticleAccount, position: number, budget: number): APIEmbedField {
  const name = `${position}. ${accountName(account, MAX_EMBED_FIELD_NAME_LENGTH - FIELD_NUMBER_ROOM)}`;
  const valueBudget = Math.min(MAX_EMBED_FIELD_VALUE_LENGTH, Math.max(0, budget - name.length));
  const citation = accountCitation(account, Math.floor(valueBudget * CITATION_SHARE));
  if (account.passage === null) return { name, value: citation };
  const spans =
    account.passage.snippetSpans.length > 0
      ? account.passage.snippetSpans
      : [{ text: account.passage.text, marked: false }];
  const snippet = formatSnippet(spans, Math.max(0, valueBudget - citation.length - 1));
  return { name, value: snippet ? `${snippet}\n${citation}` : citation };
}

/** The title line: `4 of 5 articles cover “topic”`. */
function comparisonTitle(comparison: Comparison): string {
  const prefix = `${coverageCount(comparison.covered, comparison.articleCount)} “`;
  return `${prefix}${fitEscaped(comparison.topic, MAX_EMBED_TITLE_LENGTH - prefix.length - 1)}”`;
}

/**
 * /compare: one message, one embed, one field per article (most complete account first), each its snippet and
 * citation, within the 25 fields, 1,024 characters a value and 6,000 a message. A topic no article covers gets
 * the ephemeral decline, like /ask.
 */
export function formatCompareReply(comparison: Comparison, options: { isPrivate: boolean }): ReplyPayload {
  if (comparison.declined) {
    return notice(
      comparisonDeclinedText(
        fitEscaped(comparison.topic, ECHOED_TEXT_CHARACTERS),
        comparison.articleCount,
        discordCommand,
      ),
    );
  }
  const title = comparisonTitle(comparison);
  const extra = comparison.sameAccountOnly > 0 ? `${sameAccountOnlyText(comparison.sameAccountOnly)}. ` : '';
  const overflow =
    comparison.accounts.length > MAX_EMBED_FIELDS ? comparison.accounts.length - (MAX_EMBED_FIELDS - 1) : 0;
  const shown = overflow > 0 ? comparison.accounts.slice(0, MAX_EMBED_FIELDS - 1) : comparison.accounts;
  const description = `${extra}Most complete account first.`;
  const overflowField: APIEmbedField | null =
    overflow > 0
      ? {
          name: `and ${plural(overflow, 'more article')}`,
          value: 'Not shown: one message holds 25 fields. Run npm run compare for all.',
        }
      : null;
  const fixedSize = embedLength({ title, description, fields: overflowField ? [overflowField] : [] });
  const perField = Math.floor(
    (MAX_EMBED_CHARACTERS_PER_MESSAGE - fixedSize - MESSAGE_SLACK) / Math.max(1, shown.length),
  );
  const fields = shown.map((account, index) => accountField(account, index + 1, perField));
  if (overflowField) fields.push(overflowField);
  return { embeds: [{ title, description, fields }], allowedMentions: noMentions(), ...visibility(options.isPrivate) };
}
