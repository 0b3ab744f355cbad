// /sources paging: Previous/Next replace the list in place with another page.
import type { ButtonInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatSourcesReply } from '../replies/index.js';
import { engineOrDefer } from '../respond.js';
import type { SourcesPageState } from './custom-id.js';

export async function showSourcesPage(
  interaction: ButtonInteraction,
  state: SourcesPageState,
  context: BotContext,
): Promise<Outcome> {
  const engine = await engineOrDefer(context, () => interaction.deferUpdate());
  // Updating a message can't change whether it is ephemeral, so the page goes without flags.
  const { flags: _unchangeable, ...page } = formatSourcesReply(engine.sources(), state.page);
  if (interaction.deferred) await interaction.editReply(page);
  else await interaction.update(page);
  return 'answered';
}
