// Vitest global setup: the end-to-end suite runs the bot and the terminal commands as `npm start` does, compiled from
// dist/; build it once before the suite when it is missing or older than src/ (CI has just built it: nothing to do).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function buildDist(): void {
  const root = resolve(import.meta.dirname, '..');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building dist/ for the end-to-end tests failed (see above)');
}
