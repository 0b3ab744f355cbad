// `npm run gaps` starts here (as dist/cli/gaps.js); the command is commands/gaps.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/gaps.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
