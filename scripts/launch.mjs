// Runs a compiled entry point (`node scripts/launch.mjs cli/ask.js [arguments]`), building dist/ first when it is
// missing or older than src/: `npm start` and the terminal commands start as plain JavaScript, never through a
// TypeScript loader, and never run code older than the sources beside them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, whyStale } from './dist-freshness.mjs';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/launch.mjs <entry under dist/, e.g. cli/ask.js> [arguments]\n');
  process.exit(2);
}
const stale = whyStale();
if (stale) {
  process.stderr.write(`Building dist/ first (${stale})…\n`);
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (built.status !== 0) {
    process.stderr.write(
      'The build failed (see above): fix those errors, or run from source meanwhile with `npx tsx src/<entry>.ts`.\n',
    );
    process.exit(built.status ?? 1);
  }
}
const script = join(root, 'dist', entry);
// The entry point sees itself as the script node ran, followed by its own arguments, as under `node dist/<entry>`.
process.argv = [process.argv[0] ?? process.execPath, script, ...rest];
await import(pathToFileURL(script).href);
