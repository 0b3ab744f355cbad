// /compare: how each article reports a topic, in one message — most complete account first, "not covered" last.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { compareCoverage } from '../../search/index.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatCompareReply } from '../replies/index.js';
import { MAX_QUESTION_LENGTH } from '../reply-limits.js';
import { respond } from '../respond.js';
import { searchableQuestion } from '../question-text.js';
import { takeSearchTurn } from '../search-turn.js';

export const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('Compare how each article reports a topic: who reported what, and where the accounts differ')
  .addStringOption((option) =>
    option
      .setName('topic')
      .setDescription('The topic, e.g. what did Sheinbaum say')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the comparison only to you'));

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const topic = interaction.options.getString('topic', true);
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  const engine = await takeSearchTurn(interaction, context, isPrivate);
  if (engine === null) return 'cooldown';
  // Search without Discord's markup, but echo the topic as the user typed it.
  const comparison = { ...compareCoverage(engine, searchableQuestion(topic)), topic };
  await respond(interaction, formatCompareReply(comparison, { isPrivate }));
  return comparison.declined ? 'declined' : 'answered';
}
