// /sources: every article the bot answers from, paged when the corpus outgrows one embed.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatSourcesReply } from '../replies/index.js';
import { engineOrDefer, respond } from '../respond.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the articles the bot answers from');

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const engine = await engineOrDefer(context, () => interaction.deferReply());
  await respond(interaction, formatSourcesReply(engine.sources(), 0));
  return 'answered';
}
