// Previous/Next on a /quotes reply: the same person's statements, another page, in place.
import type { ButtonInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatQuotesReply } from '../replies/index.js';
import { engineOrDefer } from '../respond.js';
import type { QuotesPageState } from './custom-id.js';

export async function showQuotesPage(
  interaction: ButtonInteraction,
  state: QuotesPageState,
  context: BotContext,
): Promise<Outcome> {
  const engine = await engineOrDefer(context, () => interaction.deferUpdate());
  const isPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  const { flags: _keptFromTheMessage, ...page } = formatQuotesReply(engine.quotes(state.who), state.page, {
    isPrivate,
  });
  if (interaction.deferred) await interaction.editReply(page);
  else await interaction.update(page);
  return 'answered';
}
