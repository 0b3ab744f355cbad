// The corpus fingerprint: a content hash of every file the loader looks at plus the versions of everything that
// decides what an index means (analyzer, index options, cache format). A persisted index is served only when its
// fingerprint equals the corpus's now, so a stale index is never served: edit, add, rename or remove any file,
// or change the analyzer, and the fingerprint changes.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANALYZER_VERSION } from './analyzer.js';
import { INDEX_VERSION } from './index.js';

/** Bump when the cache file's layout changes. */
export const CACHE_FORMAT = 2;

export function engineVersion(): string {
  return `${ANALYZER_VERSION}/${INDEX_VERSION}/cache-${CACHE_FORMAT}`;
}

/**
 * The fingerprint of a corpus directory, or null when it cannot be read (then nothing is cached or served from
 * cache; the loader reports why). Dotfiles are left out, as the loader ignores them; every other entry counts by
 * name, and every file by its bytes, because the loader reports stray files as problems the cache must replay.
 */
export async function fingerprintCorpus(dir: string, version: string = engineVersion()): Promise<string | null> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256').update(`${version}\n`);
  for (const entry of names) {
    if (!entry.isFile()) {
      hash.update(`${entry.name}\0entry\n`);
      continue;
    }
    try {
      const bytes = await readFile(join(dir, entry.name));
      hash.update(`${entry.name}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
    } catch {
      // Unreadable now: the loader will report it; the fingerprint still differs from a readable version.
      hash.update(`${entry.name}\0unreadable\n`);
    }
  }
  return hash.digest('hex');
}
