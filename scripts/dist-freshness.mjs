// Whether dist/ still matches src/: shared by the launcher (build before running) and `prepare` (build on install).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Why dist/ must be built again (missing, a source file newer than its compiled file or without one, build settings
 * newer than the build), or null when it is up to date.
 */
export function whyStale(projectRoot = root) {
  const sourceDir = join(projectRoot, 'src');
  const outputDir = join(projectRoot, 'dist');
  const buildSettings = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((name) => join(projectRoot, name));
  if (!existsSync(outputDir)) return 'dist/ is missing';
  let oldestOutputMs = Infinity;
  const check = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = check(path);
        if (found) return found;
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const compiled = join(outputDir, relative(sourceDir, path)).replace(/\.ts$/, '.js');
        const compiledMs = existsSync(compiled) ? statSync(compiled).mtimeMs : -Infinity;
        if (statSync(path).mtimeMs > compiledMs) return `${relative(projectRoot, path)} changed since the last build`;
        oldestOutputMs = Math.min(oldestOutputMs, compiledMs);
      }
    }
    return null;
  };
  const source = check(sourceDir);
  if (source) return source;
  const setting = buildSettings.find((file) => existsSync(file) && statSync(file).mtimeMs > oldestOutputMs);
  return setting ? `${relative(projectRoot, setting)} changed since the last build` : null;
}
