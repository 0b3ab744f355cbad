// The one list of terminal commands, one a name `npm run <name>` runs: every entry point runs a command from this
// list, so a command can't have a script without being listed here (as the bot's commands/index.ts does for Discord).
import type { CliCommandName } from '../command.js';
import { listed, type ListedCommand } from '../dispatch.js';
import * as ask from './ask.js';
import * as compare from './compare.js';
import * as gaps from './gaps.js';
import * as indexCorpus from './index-corpus.js';
import * as quotes from './quotes.js';
import * as sources from './sources.js';

export const cliCommands: Readonly<Record<CliCommandName, ListedCommand>> = {
  ask: listed(ask),
  sources: listed(sources),
  index: listed(indexCorpus),
  compare: listed(compare),
  quotes: listed(quotes),
  gaps: listed(gaps),
};
