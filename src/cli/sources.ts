// `npm run sources` starts here (as dist/cli/sources.js); the command is commands/sources.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.sources);
