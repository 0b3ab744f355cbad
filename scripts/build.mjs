// `npm run build`: a clean dist/ compiled from src/ by tsc (tsconfig.build.json: JavaScript and source maps; nothing
// is written when the sources do not typecheck, so a broken tree never half-replaces a working build).
// `--if-stale` (the `prepare` step of npm install / npm ci) builds only when dist/ is missing or older than src/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, whyStale } from './dist-freshness.mjs';

if (process.argv.includes('--if-stale') && whyStale() === null) process.exit(0);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(compiled.status ?? 1);
