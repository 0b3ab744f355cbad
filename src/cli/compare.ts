// `npm run compare` starts here (as dist/cli/compare.js); the command is commands/compare.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.compare);
