// /ask: a question in, the passages that answer it out (or a short "the coverage doesn't say").
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { clampLimit, type Answer } from '../../search/index.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatAskReply, formatSourceChoices, unknownSourceReply, usageReply } from '../replies/index.js';
import { DEFAULT_RESULTS_PER_ASK, MAX_QUESTION_LENGTH, MAX_RESULTS_PER_ASK } from '../reply-limits.js';
import { respond } from '../respond.js';
import { isMetaQuestion, searchableQuestion } from '../question-text.js';
import { takeSearchTurn } from '../search-turn.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask what the news coverage says; answers quote the articles with citations')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, e.g. what did Sheinbaum say')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addIntegerOption((option) =>
    option
      .setName('results')
      .setDescription(`How many passages to show (default ${DEFAULT_RESULTS_PER_ASK})`)
      .setMinValue(1)
      .setMaxValue(MAX_RESULTS_PER_ASK),
  )
  .addStringOption((option) =>
    option.setName('source').setDescription('Search only this article').setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer only to you'));

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const question = interaction.options.getString('question', true);
  const limit = clampLimit(interaction.options.getInteger('results') ?? undefined, MAX_RESULTS_PER_ASK);
  const source = interaction.options.getString('source');
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  if (isMetaQuestion(question)) {
    await respond(interaction, usageReply());
    return 'usage';
  }

  const engine = await takeSearchTurn(interaction, context, isPrivate);
  if (engine === null) return 'cooldown';
  const article = source ? engine.findSource(source) : undefined;
  if (source && !article) {
    await respond(interaction, unknownSourceReply(source));
    return 'unknown-source';
  }
  const answer = engine.ask(searchableQuestion(question), {
    limit,
    offset: 0,
    ...(article ? { source: article.id } : {}),
  });
  recordAnswer(context, { question, answer, command: 'ask', userId: interaction.user.id });
  await respond(
    interaction,
    formatAskReply({ question, answer, limit, offset: 0, isPrivate, ...(article ? { sourceId: article.id } : {}) }),
  );
  if (answer.declined || answer.results.length === 0) return 'declined';
  return answer.results[0]?.confidence === 'low' ? 'low-confidence' : 'answered';
}

/**
 * A declined question, or an answer given only at low confidence, goes to the feedback log (what `npm run gaps` reads).
 */
export function recordAnswer(
  context: BotContext,
  input: { question: string; answer: Answer; command: string; userId: string },
): void {
  const { question, answer, command, userId } = input;
  if (answer.declined || answer.results.length === 0) {
    const missing = answer.missing ?? [];
    context.feedback.record({
      kind: 'declined',
      question,
      command,
      userId,
      ...(missing.length > 0 ? { missing } : {}),
    });
  } else if (answer.results[0]?.confidence === 'low') {
    const passages = answer.results.map((result) => ({ articleId: result.articleId, paragraph: result.paragraph }));
    context.feedback.record({ kind: 'low-confidence', question, passages, command, userId });
  }
}

export async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<Outcome> {
  const focused = interaction.options.getFocused(true);
  // Autocomplete can't be deferred: while the index loads there is nothing to offer yet.
  const engine = context.live.current;
  await interaction.respond(
    focused.name === 'source' && engine ? formatSourceChoices(engine.sources(), String(focused.value)) : [],
  );
  return 'answered';
}
