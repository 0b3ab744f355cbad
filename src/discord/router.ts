// The interaction boundary: every interaction is routed here, gets exactly one log line (kind, name, guild, user,
// latency, outcome), and any error inside a handler is caught here, logged with its context, and answered with an
// ephemeral "something went wrong" — a failed REST call never reaches the process.
import type { Interaction } from 'discord.js';
import { isMessageCommand, type BotContext, type Outcome } from './bot-context.js';
import { findCommand } from './commands/index.js';
import { handleButton } from './components/index.js';
import { decodeCustomId } from './components/custom-id.js';
import { describeError } from './discord-errors.js';
import { somethingWentWrongReply, unhandledInteractionReply, unknownCommandReply } from './replies/index.js';
import { respond } from './respond.js';

async function route(interaction: Interaction, context: BotContext): Promise<Outcome> {
  if (interaction.isChatInputCommand()) {
    const command = findCommand(interaction.commandName);
    if (command && !isMessageCommand(command)) return command.execute(interaction, context);
    await respond(interaction, unknownCommandReply(interaction.commandName));
    return 'unknown-command';
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = findCommand(interaction.commandName);
    if (command && isMessageCommand(command)) return command.execute(interaction, context);
    await respond(interaction, unknownCommandReply(interaction.commandName));
    return 'unknown-command';
  }
  if (interaction.isAutocomplete()) {
    const command = findCommand(interaction.commandName);
    if (command && !isMessageCommand(command) && command.autocomplete)
      return command.autocomplete(interaction, context);
    await interaction.respond([]);
    return 'unknown-command';
  }
  if (interaction.isButton()) return handleButton(interaction, context);
  if (interaction.isRepliable()) await respond(interaction, unhandledInteractionReply());
  return 'unknown-component';
}

/** Where an interaction came from and what it asked for, for the log (never its token). */
function describeInteraction(interaction: Interaction): Record<string, string | null> {
  // For a button, the custom_id's prefix (more, passage, sources): the rest may hold the user's question.
  const command =
    interaction.isCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isMessageComponent()
        ? (interaction.customId.split(':')[0] ?? '')
        : null;
  const kind = interaction.isChatInputCommand()
    ? 'command'
    : interaction.isMessageContextMenuCommand()
      ? 'message-command'
      : interaction.isAutocomplete()
        ? 'autocomplete'
        : interaction.isButton()
          ? 'button'
          : 'other';
  return { interactionId: interaction.id, kind, command, guildId: interaction.guildId, userId: interaction.user.id };
}

/** How an interaction ended, for metrics: its command (or button kind) as the bot names it, never user input. */
export interface HandledInteraction {
  command: string;
  outcome: Outcome | 'error';
  latencyMs: number;
}

/** The name metrics count an interaction under: a command the bot has, or a button kind it makes, else `unknown`. */
function countedCommand(interaction: Interaction): string {
  if (interaction.isChatInputCommand())
    return findCommand(interaction.commandName) ? interaction.commandName : 'unknown';
  if (interaction.isAutocomplete())
    return findCommand(interaction.commandName) ? `${interaction.commandName}-autocomplete` : 'unknown';
  if (interaction.isButton()) return decodeCustomId(interaction.customId)?.kind ?? 'unknown';
  return 'unknown';
}

export async function handleInteraction(
  interaction: Interaction,
  context: BotContext,
  startedAt: number = performance.now(),
): Promise<HandledInteraction> {
  const described = describeInteraction(interaction);
  const command = countedCommand(interaction);
  try {
    const outcome = await route(interaction, context);
    const latencyMs = performance.now() - startedAt;
    context.logger.info({ ...described, latencyMs: Math.round(latencyMs), outcome }, 'interaction');
    return { command, outcome, latencyMs };
  } catch (error) {
    context.logger.error(
      {
        ...described,
        latencyMs: Math.round(performance.now() - startedAt),
        outcome: 'error',
        err: describeError(error),
      },
      'interaction failed',
    );
    await tellSomethingWentWrong(interaction, context);
    return { command, outcome: 'error', latencyMs: performance.now() - startedAt };
  }
}

async function tellSomethingWentWrong(interaction: Interaction, context: BotContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    // Already acknowledged (deferred or answered): a follow-up, so the user still hears about it.
    if (interaction.deferred || interaction.replied) await interaction.followUp(somethingWentWrongReply());
    else await interaction.reply(somethingWentWrongReply());
  } catch (error) {
    // Discord itself is failing (or the interaction expired): nothing more to tell the user, only the log.
    context.logger.warn(
      { interactionId: interaction.id, err: describeError(error) },
      'could not tell the user something went wrong',
    );
  }
}
