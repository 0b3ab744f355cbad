// `npm run index` starts here (as dist/cli/index-corpus.js); the command is commands/index-corpus.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.index);
