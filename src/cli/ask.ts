// `npm run ask` starts here (as dist/cli/ask.js); the command is commands/ask.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.ask);
