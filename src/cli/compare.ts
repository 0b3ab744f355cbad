// `npm run compare` starts here (as dist/cli/compare.js); the command is commands/compare.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/compare.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
