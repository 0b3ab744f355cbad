// /quotes who:<person>: every statement the articles attribute to the person, in article order, paged.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { MAX_WHO_LENGTH } from '../components/custom-id.js';
import { formatFreeTextChoices, formatQuotesReply } from '../replies/index.js';
import { respond } from '../respond.js';
import { searchableQuestion } from '../question-text.js';
import { takeSearchTurn } from '../search-turn.js';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('Everything the articles quote a person saying, in article order, with citations')
  .addStringOption((option) =>
    option
      .setName('who')
      .setDescription('The person, e.g. Sheinbaum')
      .setRequired(true)
      .setMaxLength(MAX_WHO_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the quotes only to you'));

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const who = interaction.options.getString('who', true);
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  const engine = await takeSearchTurn(interaction, context, isPrivate);
  if (engine === null) return 'cooldown';
  const quotes = { ...engine.quotes(searchableQuestion(who)), who };
  await respond(interaction, formatQuotesReply(quotes, 0, { isPrivate }));
  return quotes.statements.length === 0 ? 'declined' : 'answered';
}

export async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<Outcome> {
  const focused = interaction.options.getFocused(true);
  const engine = context.live.current;
  const people = engine ? engine.quotedPeople().map((person) => person.name) : [];
  await interaction.respond(focused.name === 'who' ? formatFreeTextChoices(people, String(focused.value)) : []);
  return 'answered';
}
