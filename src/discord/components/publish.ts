// "Post in channel" under a private "Check against coverage": the same answer, posted for everyone, naming who
// shared it (without pinging them).
import type { APIEmbed, ButtonInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatPublishedCheck, type ButtonRow } from '../replies/index.js';
import { respond } from '../respond.js';

export async function publishCheck(interaction: ButtonInteraction, _context: BotContext): Promise<Outcome> {
  const embeds: APIEmbed[] = interaction.message.embeds.map((embed) => embed.toJSON());
  const components = interaction.message.components.map((row) => row.toJSON()) as ButtonRow[];
  await respond(interaction, formatPublishedCheck({ embeds, components, userId: interaction.user.id }));
  return 'answered';
}
