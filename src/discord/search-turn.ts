// What every search command does before searching: take a turn from the per-user cooldown (or say to wait), then
// get the engine, deferring (publicly or privately, as the answer will be) while the index loads.
import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { Engine } from '../search/index.js';
import type { BotContext } from './bot-context.js';
import { cooldownReply } from './replies/index.js';
import { engineOrDefer, respond } from './respond.js';

/** The engine to search with, or null when the user must wait (they have been told how long). */
export async function takeSearchTurn(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  context: BotContext,
  isPrivate: boolean,
): Promise<Engine | null> {
  const check = context.cooldown.take(interaction.user.id);
  if (!check.allowed) {
    await respond(interaction, cooldownReply(check.retryAfterMs));
    return null;
  }
  return engineOrDefer(context, () => interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {}));
}
