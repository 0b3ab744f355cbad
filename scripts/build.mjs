// `npm run build`: a clean dist/ compiled from src/ by tsc (tsconfig.build.json: JavaScript and source maps; nothing
// is written when the sources do not typecheck, so a broken tree never half-replaces a working build).
// Then it writes dist/lemmas.txt (below).
// `--if-stale` (the `prepare` step of npm install / npm ci) builds only when dist/ is missing or older than src/.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, whyStale } from './dist-freshness.mjs';

if (process.argv.includes('--if-stale') && whyStale() === null) process.exit(0);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

// dist/lemmas.txt: wink-lemmatizer's lemma of every word of the frequency list, of its own exception lists and of the
// planner's word lists, so a one-question start need not load wink (src/search/analysis/lemma-table.ts). Only a
// speed-up: when it cannot be made whole, there is none (never a partial one) and wink answers every word.
const analysis = (name) => pathToFileURL(join(root, 'dist', 'search', 'analysis', name)).href;
const { LEMMA_TABLE, lemmaTableText } = await import(analysis('lemma-table.js'));
try {
  const { lemmaTableWords, winkLemma } = await import(analysis('analyzer.js'));
  writeFileSync(LEMMA_TABLE, lemmaTableText(lemmaTableWords(), winkLemma));
} catch (error) {
  rmSync(LEMMA_TABLE, { force: true });
  process.stderr.write(
    `note: dist/lemmas.txt was not written (${error instanceof Error ? error.message : String(error)}): answers ` +
      'are the same, a one-question start takes a quarter of a second longer\n',
  );
}
