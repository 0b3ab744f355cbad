// The corpus fingerprint: a content hash of every file the loader looks at plus the versions of everything that
// decides what an index means (analyzer, index options, speaker attribution, cache format). A persisted index is served only when its
// fingerprint equals the corpus's now, so a stale index is never served: edit, add, rename or remove any file,
// or change the analyzer, and the fingerprint changes.
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANALYZER_VERSION } from './analyzer.js';
import { INDEX_VERSION } from './index.js';
import { ATTRIBUTION_VERSION } from './speaker-attribution.js';

/** Bump when the cache file's layout changes. */
export const CACHE_FORMAT = 3;

export function engineVersion(): string {
  return `${ANALYZER_VERSION}/${INDEX_VERSION}/${ATTRIBUTION_VERSION}/cache-${CACHE_FORMAT}`;
}

const READ_BATCH = 64;

/** One entry's part of the fingerprint: its name and the hash of its bytes (or what kind of entry it is). */
async function entryLine(dir: string, entry: Dirent): Promise<string> {
  if (!entry.isFile()) return `${entry.name}\0entry\n`;
  try {
    const bytes = await readFile(join(dir, entry.name));
    return `${entry.name}\0${createHash('sha256').update(bytes).digest('hex')}\n`;
  } catch {
    // Unreadable now: the loader will report it; the fingerprint still differs from a readable version.
    return `${entry.name}\0unreadable\n`;
  }
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
  // Files are read a batch at a time: one after another, a 3,000-file corpus spent most of a start waiting on reads.
  const lines: string[] = [];
  for (let first = 0; first < names.length; first += READ_BATCH) {
    lines.push(...(await Promise.all(names.slice(first, first + READ_BATCH).map((entry) => entryLine(dir, entry)))));
  }
  const hash = createHash('sha256').update(`${version}\n`);
  for (const line of lines) hash.update(line);
  return hash.digest('hex');
}
