// The "Check against coverage" replies: the passages that speak to a message, privately, answer first as for /ask,
// with "Post in channel"; the same answer once posted; and what to say when a message has nothing to check.
import { ButtonStyle, MessageFlags, type APIEmbed } from 'discord.js';
import type { Answer } from '../../search/index.js';
import { discordCommand } from '../../wording/commands.js';
import { plural } from '../../wording/words.js';
import { encodePublish } from '../components/custom-id.js';
import { MAX_ACTION_ROWS, MAX_EMBED_FOOTER_LENGTH, MAX_EMBEDS_PER_MESSAGE } from '../reply-limits.js';
import { answerEmbeds, FOOTER_CHECK_MARKER, voteButtons } from './answer-embeds.js';
import { fullPassageButtons, lowConfidenceNote, PASSAGES_PER_REPLY } from './ask.js';
import { ECHOED_TEXT_CHARACTERS } from './budgets.js';
import { button, noMentions, notice, row, type ButtonRow, type ReplyPayload } from './payload.js';
import { cutText, fitEscaped, neutralizeMentions } from './text.js';

/**
 * The answer to "Check against coverage", privately: the passages that speak to the message, answer first as for
 * /ask, with "Post in channel" to share it, 👍/👎, and the full passages. The footer holds what was searched for.
 */
export function formatCheckReply(input: { searched: string; answer: Answer }): ReplyPayload {
  const { answer, searched } = input;
  if (answer.declined || answer.results.length === 0) {
    return notice(
      `The coverage doesn't speak to that message (searched for ` +
        `“${fitEscaped(searched, ECHOED_TEXT_CHARACTERS)}”). Run ${discordCommand('sources')} to see what is covered.`,
    );
  }
  const results = answer.results.slice(0, PASSAGES_PER_REPLY);
  const footerText = cutText(
    `${plural(answer.total, 'passage')} matched${FOOTER_CHECK_MARKER}${neutralizeMentions(searched)}`,
    MAX_EMBED_FOOTER_LENGTH,
  );
  return {
    ...lowConfidenceNote(results),
    embeds: answerEmbeds(results, answer.articleCount, footerText, true),
    components: [
      row([button(encodePublish(), 'Post in channel', { style: ButtonStyle.Primary }), ...voteButtons()]),
      row(fullPassageButtons(results, 0)),
    ],
    allowedMentions: noMentions(),
    flags: MessageFlags.Ephemeral,
  };
}

/**
 * A private check made public: the same embeds and buttons (but "Post in channel"), and who shared it. The mention
 * names the person without pinging them (no mentions are allowed).
 */
export function formatPublishedCheck(input: {
  embeds: readonly APIEmbed[];
  components: readonly ButtonRow[];
  userId: string;
}): ReplyPayload {
  const components = input.components
    .map((buttons) =>
      row(
        buttons.components.filter(
          (component) => !('custom_id' in component) || component.custom_id !== encodePublish(),
        ),
      ),
    )
    .filter((buttons) => buttons.components.length > 0);
  const userId = /^\d{1,20}$/.test(input.userId) ? input.userId : '';
  return {
    content: userId
      ? `<@${userId}> checked a message against the coverage:`
      : 'A message checked against the coverage:',
    embeds: input.embeds.slice(0, MAX_EMBEDS_PER_MESSAGE).map((embed) => ({ ...embed })),
    components: components.slice(0, MAX_ACTION_ROWS),
    allowedMentions: noMentions(),
  };
}

export function nothingToCheckReply(): ReplyPayload {
  return notice(
    'That message has no words to check against the coverage (only links, mentions or emoji). Try /ask with the ' +
      'claim in your own words.',
  );
}
