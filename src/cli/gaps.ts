// `npm run gaps` starts here (as dist/cli/gaps.js); the command is commands/gaps.ts.
import { isEntryPoint } from './cli-io.js';
import { cliCommands } from './commands/index.js';
import { runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(cliCommands.gaps);
