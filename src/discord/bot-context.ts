// What every handler is given, and the shape of a command module (discord.js's convention, typed).
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from '../logger.js';
import type { LiveEngine } from '../search/live-engine.js';
import type { Cooldown } from './cooldown.js';

export interface BotContext {
  live: LiveEngine;
  /** Limits searches (/ask and "More results") per user. */
  cooldown: Cooldown;
  logger: Logger;
}

/** How an interaction ended, for the one log line each interaction gets. */
export type Outcome =
  | 'answered'
  | 'declined'
  | 'cooldown'
  | 'unknown-command'
  | 'unknown-component'
  | 'unknown-source'
  | 'expired'
  | 'no-more-results';

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<Outcome>;
}
