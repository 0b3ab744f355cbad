// The corpus fingerprint: a content hash of every file the loader looks at plus the versions of everything that decides
// what an index means (analyzer, index options, speaker attribution, cache format). A persisted index is served only
// when its fingerprint equals the corpus's now, so a stale index is never served: edit, add, rename or remove any file,
// or change the analyzer, and the fingerprint changes.
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleBytes } from '../../corpus/read-article.js';
import { ANALYZER_VERSION } from '../analysis/analyzer.js';
import { INDEX_VERSION } from '../index/fields.js';
import { ATTRIBUTION_VERSION } from '../attribution/speaker-attribution.js';

/** Bump when the cache file's layout changes. 7: the corpus's lemmas are saved beside the index (open.ts). */
export const CACHE_FORMAT = 7;

export function engineVersion(): string {
  return `${ANALYZER_VERSION}/${INDEX_VERSION}/${ATTRIBUTION_VERSION}/cache-${CACHE_FORMAT}`;
}

const READ_BATCH = 64;

export interface FingerprintOptions {
  /** The loader's size cap for one article: it decides which files load, so it is part of the fingerprint. */
  maxArticleBytes?: number;
  version?: string;
}

/**
 * One entry's part of the fingerprint: its name and the hash of what the loader would read (links followed, the
 * same regular-file check and size cap), or why it would read nothing. Other entries count by name and kind only:
 * the loader reports them by name without reading them.
 */
async function entryLine(dir: string, entry: Dirent, maxArticleBytes: number): Promise<string> {
  if (entry.isDirectory() || !entry.name.endsWith('.md'))
    return `${entry.name}\0${entry.isDirectory() ? 'directory' : 'entry'}\n`;
  const read = await readArticleBytes(join(dir, entry.name), maxArticleBytes);
  if (read.ok) return `${entry.name}\0${createHash('sha256').update(read.bytes).digest('hex')}\n`;
  if ('notRegular' in read) return `${entry.name}\0not-regular:${read.notRegular}\n`;
  if ('tooLarge' in read) return `${entry.name}\0too-large:${read.tooLarge}\n`;
  // Unreadable now: the loader will report it; the fingerprint still differs from a readable version.
  return `${entry.name}\0unreadable:${(read.error as NodeJS.ErrnoException | undefined)?.code ?? ''}\n`;
}

/**
 * The fingerprint of a corpus directory, or null when it cannot be read (then nothing is cached or served from
 * cache; the loader reports why). Dotfiles are left out, as the loader ignores them; every other entry counts by
 * name, and every .md file by the bytes the loader would read, a linked file by its target's bytes.
 */
export async function fingerprintCorpus(dir: string, options: FingerprintOptions = {}): Promise<string | null> {
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  const names = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Files are read a batch at a time: one after another, a 3,000-file corpus spent most of a start waiting on reads.
  const lines: string[] = [];
  for (let first = 0; first < names.length; first += READ_BATCH) {
    lines.push(
      ...(await Promise.all(
        names.slice(first, first + READ_BATCH).map((entry) => entryLine(dir, entry, maxArticleBytes)),
      )),
    );
  }
  const hash = createHash('sha256').update(
    `${options.version ?? engineVersion()}\nmax-article-bytes:${maxArticleBytes}\n`,
  );
  for (const line of lines) hash.update(line);
  return hash.digest('hex');
}
