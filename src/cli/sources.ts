// `npm run sources` starts here (as dist/cli/sources.js); the command is commands/sources.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/sources.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
