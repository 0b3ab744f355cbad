// 👍/👎 under an answer: the vote, the question (from the reply's footer) and the passages it rated (from its
// "Full passage" buttons) go to the feedback log; only the voter is told it was recorded.
import type { ButtonInteraction } from 'discord.js';
import type { RatedPassage } from '../../feedback/log.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { questionFromFooter, voteNotRecordedReply, voteRecordedReply } from '../replies/index.js';
import { respond } from '../respond.js';
import { decodeCustomId, resolveArticleRef, type VoteState } from './custom-id.js';

export async function recordVote(
  interaction: ButtonInteraction,
  state: VoteState,
  context: BotContext,
): Promise<Outcome> {
  const footer = interaction.message.embeds
    .map((embed) => embed.footer?.text)
    .find((text) => text !== undefined && questionFromFooter(text) !== undefined);
  const question = footer === undefined ? undefined : questionFromFooter(footer);
  if (question === undefined) {
    await respond(interaction, voteNotRecordedReply());
    return 'expired';
  }
  const articleIds = context.live.current?.articles.map((article) => article.id) ?? [];
  const passages: RatedPassage[] = interaction.message.components.flatMap((row) =>
    'components' in row
      ? row.components.flatMap((component) => {
          const decoded =
            'customId' in component && typeof component.customId === 'string'
              ? decodeCustomId(component.customId)
              : undefined;
          if (decoded?.kind !== 'passage') return [];
          const articleId = resolveArticleRef(decoded.articleRef, articleIds) ?? decoded.articleRef;
          return [{ articleId, paragraph: decoded.paragraph }];
        })
      : [],
  );
  const command = footer?.includes(' · checked: ') ? 'check' : 'ask';
  context.feedback.record({ kind: 'vote', vote: state.vote, question, passages, command, userId: interaction.user.id });
  await respond(interaction, voteRecordedReply(state.vote));
  return 'voted';
}
