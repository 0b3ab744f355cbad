// `npm run ask` starts here (as dist/cli/ask.js); the command is commands/ask.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/ask.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
