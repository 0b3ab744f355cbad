// "Full passage": the whole cited paragraph with the ones before and after it, shown only to whoever pressed.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatFullPassageReply, passageGoneReply } from '../replies/index.js';
import { engineOrDefer, respond } from '../respond.js';
import { resolveArticleRef, type FullPassageState } from './custom-id.js';

export async function showFullPassage(
  interaction: ButtonInteraction,
  state: FullPassageState,
  context: BotContext,
): Promise<Outcome> {
  const engine = await engineOrDefer(context, () => interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  const articleId = resolveArticleRef(
    state.articleRef,
    engine.articles.map((article) => article.id),
  );
  const article = articleId === undefined ? undefined : engine.articles.find((candidate) => candidate.id === articleId);
  const passage = article ? engine.passage(article.id, state.paragraph) : undefined;
  if (!article || !passage) {
    await respond(interaction, passageGoneReply());
    return 'expired';
  }
  const before = engine.passage(article.id, state.paragraph - 1);
  const after = engine.passage(article.id, state.paragraph + 1);
  await respond(
    interaction,
    formatFullPassageReply({
      article: {
        title: article.title,
        ...(article.url ? { url: article.url } : {}),
        ...(article.outlet ? { outlet: article.outlet } : {}),
      },
      passage,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    }),
  );
  return 'answered';
}
