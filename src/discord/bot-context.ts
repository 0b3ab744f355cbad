// What every handler is given, and the shape of a command module (discord.js's convention, typed).
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { FeedbackRecorder } from '../feedback/log.js';
import type { Logger } from '../logger.js';
import type { LiveEngine } from '../live/live-engine.js';
import type { Cooldown } from './cooldown.js';

export interface BotContext {
  live: LiveEngine;
  /** Limits searches (/ask and "More results") per user. */
  cooldown: Cooldown;
  logger: Logger;
  /** Where votes, declined questions and low-confidence answers go (DATA_DIR/feedback.jsonl). */
  feedback: FeedbackRecorder;
}

/** How an interaction ended, for the one log line each interaction gets. */
export type Outcome =
  | 'answered'
  /** Answered with the closest coverage, which may not answer the question exactly. */
  | 'low-confidence'
  | 'declined'
  | 'cooldown'
  | 'unknown-command'
  | 'unknown-component'
  | 'unknown-source'
  | 'expired'
  | 'no-more-results'
  | 'usage'
  | 'voted';

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<Outcome>;
}

/** A message context-menu command (right-click a message → Apps → its name). */
export interface MessageCommand {
  kind: 'message';
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<Outcome>;
}

export function isMessageCommand(command: Command | MessageCommand): command is MessageCommand {
  return 'kind' in command && command.kind === 'message';
}
