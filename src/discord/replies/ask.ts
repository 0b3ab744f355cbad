// The /ask reply: the best passage leads as a quotation, further passages follow shorter, with "More results",
// 👍/👎 and a "Full passage" button each; or the private "the coverage doesn't answer" with one tip.
import { ButtonStyle, type APIButtonComponent } from 'discord.js';
import type { Answer, SearchResult } from '../../search/index.js';
import { declinedInSourceText, declinedText, LOW_CONFIDENCE_NOTE, type DeclineFacts } from '../../wording/answers.js';
import { discordCommand } from '../../wording/commands.js';
import { plural } from '../../wording/words.js';
import { encodeFullPassage, encodeMoreResults } from '../components/custom-id.js';
import { MAX_BUTTONS_PER_ROW, MAX_EMBED_FOOTER_LENGTH, MAX_EMBEDS_PER_MESSAGE } from '../reply-limits.js';
import { answerEmbeds, FOOTER_QUESTION_MARKER, voteButtons } from './answer-embeds.js';
import { ECHOED_TEXT_CHARACTERS } from './budgets.js';
import { button, noMentions, notice, row, visibility, type ReplyPayload } from './payload.js';
import { cutText, fitEscaped, neutralizeMentions } from './text.js';

export interface AskReplyInput {
  /** The question as the user typed it. */
  question: string;
  answer: Answer;
  /** How many results a page shows (the `results` option). */
  limit: number;
  /** How many confident results came before this page (0 for the first reply). */
  offset: number;
  /** The article id the search was restricted to, if any. */
  sourceId?: string;
  isPrivate: boolean;
}

/** As many passages as one message has embeds for and one row has "Full passage" buttons for. */
export const PASSAGES_PER_REPLY = Math.min(MAX_EMBEDS_PER_MESSAGE, MAX_BUTTONS_PER_ROW);

/**
 * Answered: the best passage leads as a quotation, its citation on one line under it; further passages follow,
 * shorter. One embed per passage (accent colour per confidence tier), the footer counting matches; buttons for the
 * full passages, the next page, and 👍/👎.
 */
export function formatAskReply(input: AskReplyInput): ReplyPayload {
  const { answer, question, offset } = input;
  if (answer.declined || answer.results.length === 0) {
    return offset > 0 ? noMoreResultsReply() : declinedReply(question, answer, input.sourceId !== undefined);
  }
  const results = answer.results.slice(0, PASSAGES_PER_REPLY);
  const shownTo = offset + results.length;
  const footerText = cutText(
    `${plural(answer.total, 'passage')} matched · showing ` +
      `${offset + 1}–${shownTo}${FOOTER_QUESTION_MARKER}${neutralizeMentions(question)}`,
    MAX_EMBED_FOOTER_LENGTH,
  );
  const embeds = answerEmbeds(results, answer.articleCount, footerText, offset === 0);
  const actions: APIButtonComponent[] = [];
  if (shownTo < answer.total) {
    const moreState = {
      offset: shownTo,
      limit: input.limit,
      question,
      ...(input.sourceId === undefined ? {} : { sourceId: input.sourceId }),
    };
    actions.push(button(encodeMoreResults(moreState), 'More results', { style: ButtonStyle.Primary }));
  }
  actions.push(...voteButtons());
  return {
    ...lowConfidenceNote(results),
    embeds,
    components: [row(actions), row(fullPassageButtons(results, offset))],
    allowedMentions: noMentions(),
    ...visibility(input.isPrivate),
  };
}

/** The note above an answer whose best passage is only the closest coverage. */
export function lowConfidenceNote(results: readonly SearchResult[]): { content?: string } {
  return results[0]?.confidence === 'low' ? { content: LOW_CONFIDENCE_NOTE } : {};
}

/** One "Full passage" button a result, numbered from `offset + 1` when there are several. */
export function fullPassageButtons(results: readonly SearchResult[], offset: number): APIButtonComponent[] {
  return results.map((result, index) =>
    button(
      encodeFullPassage(result.articleId, result.paragraph),
      results.length === 1 ? 'Full passage' : `Full passage ${offset + index + 1}`,
    ),
  );
}

/**
 * The question declined: why, when its words say (what the coverage never mentions, or that it names nothing); within
 * one article (`source`), what that article never mentions, and how to search every article.
 */
export function declinedReply(question: string, facts: DeclineFacts = {}, inSource = false): ReplyPayload {
  const missing = facts.missing?.map((word) => fitEscaped(word, ECHOED_TEXT_CHARACTERS));
  const escaped = { ...facts, ...(missing === undefined ? {} : { missing }) };
  return notice(
    inSource
      ? declinedInSourceText('ask without `source`', discordCommand, escaped)
      : declinedText(`“${fitEscaped(question, ECHOED_TEXT_CHARACTERS)}”`, discordCommand, escaped),
  );
}

export function noMoreResultsReply(): ReplyPayload {
  return notice('There are no more results for that question. Try /ask with other words for a different angle.');
}
