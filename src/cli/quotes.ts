// `npm run quotes` starts here (as dist/cli/quotes.js); the command is commands/quotes.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/quotes.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
