// "Check against coverage" (right-click a message → Apps): the message's text as the question, answered privately
// with the passages that speak to it, and a button to post the answer in the channel. The target message arrives
// with the interaction, so no privileged intent is needed to read it.
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { formatCheckReply, nothingToCheckReply } from '../replies/index.js';
import { checkableText } from '../question-text.js';
import { respond } from '../respond.js';
import { takeSearchTurn } from '../search-turn.js';
import { recordAnswer } from './ask.js';

export const kind = 'message';

export const data = new ContextMenuCommandBuilder()
  .setName('Check against coverage')
  .setType(ApplicationCommandType.Message);

export async function execute(
  interaction: MessageContextMenuCommandInteraction,
  context: BotContext,
): Promise<Outcome> {
  const message = interaction.targetMessage;
  // A bot's message (another /ask answer) may be all embeds: their text is the claim then.
  const embedText = message.embeds.map((embed) => [embed.title, embed.description].filter(Boolean).join(' ')).join(' ');
  const searched = checkableText(message.content.trim() ? message.content : embedText);
  if (searched === '') {
    await respond(interaction, nothingToCheckReply());
    return 'declined';
  }
  const engine = await takeSearchTurn(interaction, context, true);
  if (engine === null) return 'cooldown';
  const answer = engine.ask(searched, { limit: 3, offset: 0 });
  recordAnswer(context, { question: searched, answer, command: 'check', userId: interaction.user.id });
  await respond(interaction, formatCheckReply({ searched, answer }));
  return answer.declined || answer.results.length === 0 ? 'declined' : 'answered';
}
