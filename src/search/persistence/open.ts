// openEngine: the engine for a corpus directory, from the persisted index when its fingerprint matches the corpus
// as it is now, else built from the files (and saved for next time). A stale index is never served.
import { learnedLemmas, teachLemmas } from '../analysis/analyzer.js';
import { readLemmaFile } from '../analysis/lemma-table.js';
import { resolve } from 'node:path';
import type { CorpusProblem } from '../../corpus/types.js';
import { attributionsOf } from '../attribution/attributions.js';
import { assembleEngine, uniqueArticles, type Engine } from '../engine.js';
import { fingerprintCorpus } from './fingerprint.js';
import { buildPostings } from '../index/build-postings.js';
import { readSnapshot, snapshotPath, writeAtomically, writeSnapshot } from './persist.js';

/** The persisted index lives here, under the current directory (gitignored); never inside the corpus. */
export const DEFAULT_CACHE_DIR = '.cache/index';

export interface OpenOptions {
  cacheDir?: string;
  /** The loader's size cap for one article file (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxArticleBytes?: number;
}

export interface OpenedEngine {
  engine: Engine;
  /** The loader's problems with the corpus files (replayed from the cache when the index came from there). */
  problems: CorpusProblem[];
  from: 'cache' | 'built';
  /**
   * Why a saved index was there but not used (damaged, stale, another version): faces say it once. Absent when none was
   * saved.
   */
  rebuiltBecause?: string;
  /** Why the index could not be saved (read-only directory, full disk); the engine works regardless. */
  cacheWarning?: string;
}

function messageOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

export async function openEngine(corpusDir: string, options: OpenOptions = {}): Promise<OpenedEngine> {
  const file = snapshotPath(resolve(options.cacheDir ?? DEFAULT_CACHE_DIR), corpusDir);
  const loadOptions = options.maxArticleBytes === undefined ? {} : { maxArticleBytes: options.maxArticleBytes };
  const fingerprint = await fingerprintCorpus(corpusDir, loadOptions);

  let rebuiltBecause: string | undefined;
  if (fingerprint !== null) {
    const read = await readSnapshot(file, fingerprint);
    if (read.ok) {
      const { articles, problems, postings, attributions } = read.snapshot;
      // The lemmas of the corpus's own rare words, saved with the index: answering from it then never loads wink.
      teachLemmas(readLemmaFile(lemmasPath(file)) ?? {});
      return { engine: assembleEngine(articles, postings, {}, attributions), problems, from: 'cache' };
    }
    if (!read.missing) rebuiltBecause = read.reason;
  }

  // The loader (yaml, zod schemas) is imported only when the corpus must be read: a start from the saved index skips
  // it.
  const { loadCorpus } = await import('../../corpus/load.js');
  const loaded = await loadCorpus(corpusDir, loadOptions);
  const articles = uniqueArticles(loaded.articles);
  const attributions = attributionsOf(articles);
  const postings = buildPostings(articles, attributions);
  const opened: OpenedEngine = {
    engine: assembleEngine(articles, postings, {}, attributions),
    problems: loaded.problems,
    from: 'built',
    ...(rebuiltBecause === undefined ? {} : { rebuiltBecause }),
  };

  // Save only what the fingerprint describes: if a file changed while the corpus was read, skip saving this time.
  if (
    fingerprint !== null &&
    articles.length > 0 &&
    (await fingerprintCorpus(corpusDir, loadOptions)) === fingerprint
  ) {
    try {
      await writeSnapshot(file, { fingerprint, articles, problems: loaded.problems, postings, attributions });
      // The lemmas this process took from wink (the corpus's words the build's table lacks), beside the index. Only a
      // speed-up: a failure costs the next start the load of wink, nothing else.
      await writeAtomically(lemmasPath(file), JSON.stringify(learnedLemmas())).catch(() => undefined);
    } catch (error) {
      opened.cacheWarning =
        `${messageOf(error)} — the engine works, but the next start will rebuild the index; ` +
        `make the cache directory writable`;
    }
  }
  return opened;
}

/** The lemmas saved beside a saved index: its file name ending `.lemmas.json` instead of `.json`. */
function lemmasPath(snapshotFile: string): string {
  return snapshotFile.replace(/\.json$/, '') + '.lemmas.json';
}
