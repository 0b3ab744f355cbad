// Sending a payload the right way for where an interaction stands: the first answer is a reply, after deferReply
// it is an edit of the deferred reply, after that a follow-up. Also: the engine, deferring while it loads.
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Engine } from '../search/index.js';
import type { BotContext } from './bot-context.js';
import type { ReplyPayload } from './replies/index.js';

export async function respond(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    // An edit keeps the visibility chosen when deferring. A private notice after a public deferral (the index was
    // still loading) must not be shown to the channel: remove the public placeholder and say it privately instead.
    const isPrivate = payload.flags === MessageFlags.Ephemeral;
    if (isPrivate && !interaction.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp(payload);
      return;
    }
    const { flags: _visibilityChosenAtDefer, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}

/**
 * The engine to answer from. When the index is still loading, the interaction is acknowledged first with `defer`
 * (Discord fails interactions not acknowledged within 3 s), then this waits for the index.
 */
export async function engineOrDefer(context: BotContext, defer: () => Promise<unknown>): Promise<Engine> {
  const engine = context.live.current;
  if (engine) return engine;
  await defer();
  return context.live.ready();
}
