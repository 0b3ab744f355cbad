// openEngine: the engine for a corpus directory, from the persisted index when its fingerprint matches the corpus
// as it is now, else built from the files (and saved for next time). A stale index is never served.
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/types.js';
import { assembleEngine, uniqueArticles, type Engine } from './engine.js';
import { CACHE_FORMAT, fingerprintCorpus } from './fingerprint.js';
import { buildIndex, loadIndex } from './index.js';
import { postingsFromMiniSearch } from './postings.js';
import { readSnapshot, snapshotPath, writeSnapshot } from './persist.js';

/** The persisted index lives here, under the current directory (gitignored); never inside the corpus. */
export const DEFAULT_CACHE_DIR = '.cache/index';

export interface OpenOptions {
  cacheDir?: string;
}

export interface OpenedEngine {
  engine: Engine;
  /** The loader's problems with the corpus files (replayed from the cache when the index came from there). */
  problems: CorpusProblem[];
  from: 'cache' | 'built';
  /** Why the index could not be saved (read-only directory, full disk); the engine works regardless. */
  cacheWarning?: string;
}

function messageOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

export async function openEngine(corpusDir: string, options: OpenOptions = {}): Promise<OpenedEngine> {
  const file = snapshotPath(resolve(options.cacheDir ?? DEFAULT_CACHE_DIR), corpusDir);
  const fingerprint = await fingerprintCorpus(corpusDir);

  if (fingerprint !== null) {
    const read = await readSnapshot(file);
    if (read.ok && read.snapshot.fingerprint === fingerprint) {
      try {
        const { articles, problems, index: stored } = read.snapshot;
        return { engine: assembleEngine(articles, postingsFromMiniSearch(loadIndex(stored))), problems, from: 'cache' };
      } catch {
        // A file that parses but that MiniSearch refuses is as good as corrupted: rebuild below.
      }
    }
  }

  const loaded = await loadCorpus(corpusDir);
  const articles = uniqueArticles(loaded.articles);
  const index = buildIndex(articles);
  const opened: OpenedEngine = { engine: assembleEngine(articles, postingsFromMiniSearch(index)), problems: loaded.problems, from: 'built' };

  // Save only what the fingerprint describes: if a file changed while the corpus was read, skip saving this time.
  if (fingerprint !== null && articles.length > 0 && (await fingerprintCorpus(corpusDir)) === fingerprint) {
    try {
      await writeSnapshot(file, { format: CACHE_FORMAT, fingerprint, articles, problems: loaded.problems, index: index.toJSON() });
    } catch (error) {
      opened.cacheWarning = `${messageOf(error)} — the engine works, but the next start will rebuild the index; make the cache directory writable`;
    }
  }
  return opened;
}
