// `npm run index` starts here (as dist/cli/index-corpus.js); the command is commands/index-corpus.ts.
import { isEntryPoint } from './cli-io.js';
import * as command from './commands/index-corpus.js';
import { listed, runEntryPoint } from './dispatch.js';

if (isEntryPoint(import.meta.url)) runEntryPoint(listed(command));
