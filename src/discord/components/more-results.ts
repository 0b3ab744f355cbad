// "More results": the next page of answers to the same question, as a new message under the first.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { cooldownReply, expiredButtonReply, formatAskReply, questionFromFooter } from '../replies/index.js';
import { searchableQuestion } from '../question-text.js';
import { engineOrDefer, respond } from '../respond.js';
import { clampLimit } from '../../search/index.js';
import { MAX_RESULTS_PER_ASK } from '../reply-limits.js';
import { questionHash, resolveArticleRef, type MoreResultsState } from './custom-id.js';

/** The question: from the custom_id itself, or (for a long one) from the reply's footer when its hash matches. */
function questionOf(state: MoreResultsState, interaction: ButtonInteraction): string | undefined {
  if (state.question !== undefined) return state.question;
  for (const embed of interaction.message.embeds) {
    const question = embed.footer ? questionFromFooter(embed.footer.text) : undefined;
    if (question !== undefined && questionHash(question) === state.questionHash) return question;
  }
  return undefined;
}

export async function showMoreResults(
  interaction: ButtonInteraction,
  state: MoreResultsState,
  context: BotContext,
): Promise<Outcome> {
  const question = questionOf(state, interaction);
  if (question === undefined) {
    await respond(interaction, expiredButtonReply());
    return 'expired';
  }
  const check = context.cooldown.take(interaction.user.id);
  if (!check.allowed) {
    await respond(interaction, cooldownReply(check.retryAfterMs));
    return 'cooldown';
  }
  // Answers to a private question stay private.
  const isPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  const engine = await engineOrDefer(context, () =>
    interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
  );
  const sourceId =
    state.sourceRef === undefined
      ? undefined
      : resolveArticleRef(
          state.sourceRef,
          engine.articles.map((article) => article.id),
        );
  if (state.sourceRef !== undefined && sourceId === undefined) {
    await respond(interaction, expiredButtonReply());
    return 'expired';
  }
  // A page holds at most what /ask's results option allows, whatever a button's id says.
  const limit = clampLimit(state.limit, MAX_RESULTS_PER_ASK);
  const answer = engine.ask(searchableQuestion(question), {
    limit,
    offset: state.offset,
    ...(sourceId ? { source: sourceId } : {}),
  });
  const reply = formatAskReply({
    question,
    answer,
    limit,
    offset: state.offset,
    isPrivate,
    ...(sourceId ? { sourceId } : {}),
  });
  await respond(interaction, reply);
  return answer.results.length === 0 ? 'no-more-results' : 'answered';
}
