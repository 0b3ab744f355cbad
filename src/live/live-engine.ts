// The engine a long-running process answers from: holds the current Engine, lets callers wait for the first one
// while the index loads, and swaps in a rebuilt one when the corpus changes, keeping the last good version of any
// article whose file is now broken. Core code: no Discord, no environment, no printing; it reports, callers log.
import { basename, extname } from 'node:path';
import type { Article, CorpusProblem, LoadedCorpus } from '../corpus/types.js';
import { createEngine, type Engine } from '../search/index.js';

/** An article served from its last good version because its file now has problems. */
export interface KeptArticle {
  articleId: string;
  file: string;
  problems: CorpusProblem[];
}

export interface MergedCorpus {
  articles: Article[];
  kept: KeptArticle[];
}

/** The article id a problem's file would have had: its name without the extension. */
function articleIdOfFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * The articles to serve after a reload: every article that loaded, plus the previous version of each article whose
 * file now has problems (a broken file never makes an article vanish). A deleted file does vanish: it has no
 * problem, only an absence. When nothing loads at all but something was served before (the directory is gone or
 * empty), everything previous is kept, since an empty bot helps no one.
 */
export function keepLastGood(previous: readonly Article[], loaded: LoadedCorpus): MergedCorpus {
  const loadedIds = new Set(loaded.articles.map((article) => article.id));
  const problemsByFile = new Map<string, CorpusProblem[]>();
  for (const problem of loaded.problems)
    problemsByFile.set(problem.file, [...(problemsByFile.get(problem.file) ?? []), problem]);

  if (loaded.articles.length === 0 && previous.length > 0 && loaded.problems.length > 0) {
    const problems = loaded.problems;
    return {
      articles: [...previous],
      kept: previous.map((article) => ({ articleId: article.id, file: article.file, problems })),
    };
  }

  const kept: KeptArticle[] = [];
  const articles = [...loaded.articles];
  for (const article of previous) {
    if (loadedIds.has(article.id)) continue;
    const problems =
      problemsByFile.get(article.file) ??
      [...problemsByFile].find(([file]) => articleIdOfFile(file) === article.id)?.[1];
    if (!problems) continue;
    kept.push({ articleId: article.id, file: article.file, problems });
    articles.push(article);
  }
  // The same order as a fresh load (files in sorted order), so ¶ order and /sources stay stable.
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, kept };
}

export interface ReloadReport extends MergedCorpus {
  /** Problems of files that had no previous version to fall back on. */
  problems: CorpusProblem[];
}

export class LiveEngine {
  private engine: Engine | undefined;
  private failure: Error | undefined;
  private waiting: { resolve: (engine: Engine) => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly build: (articles: Article[]) => Engine = createEngine) {}

  /** The engine to answer from now, or undefined while the first index is still loading. */
  get current(): Engine | undefined {
    return this.engine;
  }

  /** Resolves with the current engine at once, or with the first one when it arrives; rejects if loading failed. */
  ready(): Promise<Engine> {
    if (this.engine) return Promise.resolve(this.engine);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** Serve `engine` from now on; anyone waiting for the first engine gets it. */
  swap(engine: Engine): void {
    this.engine = engine;
    this.failure = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) waiter.resolve(engine);
  }

  /** The first load failed: waiters are told why. A later successful swap (a reload) recovers. */
  fail(error: Error): void {
    if (this.engine) return;
    this.failure = error;
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) waiter.reject(error);
  }

  /** Rebuilds from a freshly loaded corpus, keeping the last good version of broken articles, and swaps it in. */
  reload(loaded: LoadedCorpus): ReloadReport {
    const merged = keepLastGood(this.engine?.articles ?? [], loaded);
    const keptFiles = new Set(merged.kept.flatMap((kept) => kept.problems.map((problem) => problem.file)));
    const problems = loaded.problems.filter((problem) => !keptFiles.has(problem.file));
    this.swap(this.build(merged.articles));
    return { ...merged, problems };
  }
}
