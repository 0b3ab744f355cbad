// The one list of commands: `register` puts exactly these to Discord and the router handles exactly these, so a
// command can't be registered without being handled.
import type { Command, MessageCommand } from '../bot-context.js';
import * as ask from './ask.js';
import * as check from './check.js';
import * as compare from './compare.js';
import * as quotes from './quotes.js';
import * as sources from './sources.js';

export const commands: readonly (Command | MessageCommand)[] = [ask, quotes, compare, sources, check];

export function findCommand(name: string): Command | MessageCommand | undefined {
  return commands.find((command) => command.data.name === name);
}
