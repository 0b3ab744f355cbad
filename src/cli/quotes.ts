// `npm run quotes` starts here (as dist/cli/quotes.js); the command is commands/quotes.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.quotes);
