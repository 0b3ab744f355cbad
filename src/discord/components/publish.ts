// "Post in channel" under a private "Check against coverage": the same answer, posted for everyone, naming who
// shared it (without pinging them).
import type { APIEmbed, ButtonInteraction } from 'discord.js';
import { BoundedCache } from '../../bounded-cache.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { alreadyPostedReply, formatPublishedCheck, type ButtonRow } from '../replies/index.js';
import { respond } from '../respond.js';

/** The private answers already posted, so a second press (or a double click) does not post the answer twice. */
const POSTED_REMEMBERED = 10_000;
const posted = new BoundedCache<string, true>(POSTED_REMEMBERED);

export async function publishCheck(interaction: ButtonInteraction, _context: BotContext): Promise<Outcome> {
  if (posted.get(interaction.message.id) === true) {
    await respond(interaction, alreadyPostedReply());
    return 'answered';
  }
  posted.set(interaction.message.id, true);
  const embeds: APIEmbed[] = interaction.message.embeds.map((embed) => embed.toJSON());
  const components = interaction.message.components.map((row) => row.toJSON()) as ButtonRow[];
  await respond(interaction, formatPublishedCheck({ embeds, components, userId: interaction.user.id }));
  return 'answered';
}
