// The one list of terminal commands, one a name `npm run <name>` runs (as the bot's commands/index.ts is for Discord).
// Each entry point (src/cli/<name>.ts) imports only its own command's module, so a one-question `npm run ask` loads
// no other command's dependencies; test/cli/entry-points.test.ts checks every entry point runs a listed command.
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
