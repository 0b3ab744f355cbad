// Reads a corpus directory: every <id>.md file becomes an Article; every file that cannot becomes one or more
// problems naming the file and the fix. One bad file never stops the others; the caller decides what is fatal.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from './article.js';
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleBytes, type ArticleRead } from './read-article.js';
import type { Article, CorpusProblem, LoadedCorpus } from './types.js';
import { PUT_ARTICLES_THERE } from '../wording/corpus.js';

/** Files read at once: enough to keep the disk busy, few enough to stay clear of the open-file limit. */
const READ_CONCURRENCY = 32;

/** Letters, digits, "-", "_", "." : an id that survives citations, `--source`, JSON and Discord custom ids. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An article can load with warnings (problems that did not keep it out); a file that fails has only problems. */
type FileOutcome = { article: Article; problems: CorpusProblem[] } | { problems: CorpusProblem[] };

export interface LoadOptions {
  /** Files larger than this are skipped with a problem (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxArticleBytes?: number;
}

/**
 * Loads every `*.md` file directly inside `dir`, in sorted file-name order (so article order and ¶ numbers are
 * the same on every run). Dotfiles are ignored; any other entry is reported as skipped. A missing, unreadable or
 * empty directory comes back as a problem naming the directory, with no articles. Only regular files (links
 * followed) of at most `maxArticleBytes` are read; a FIFO, a device or an oversized file is a problem, never a hang.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return { dir, articles: [], problems: [{ file: dir, message: describeDirectoryError(error) }] };
  }

  const problems: CorpusProblem[] = [];
  const articleFiles: Array<{ file: string; id: string }> = [];
  // Ids that differ only in case are one id: they are one file on macOS and Windows, and `--source` would be ambiguous.
  const fileOfId = new Map<string, string>();
  const names = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((left, right) => compareNames(left.name, right.name));
  for (const entry of names) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) {
      problems.push({ file, message: `skipped — it is a directory; only .md files directly inside ${dir} are read` });
      continue;
    }
    if (!entry.name.endsWith('.md')) {
      problems.push({ file, message: describeStrayFile(entry.name) });
      continue;
    }
    const id = entry.name.slice(0, -'.md'.length).normalize('NFC');
    if (!ARTICLE_ID.test(id)) {
      problems.push({
        file,
        field: 'id',
        message:
          `"${id}" cannot be an article id (the file name without .md) — rename the file with letters, ` +
          `digits, "-", "_" or "." only (at most 80), such as ${suggestId(id)}.md`,
      });
      continue;
    }
    const firstFile = fileOfId.get(id.toLowerCase());
    if (firstFile !== undefined) {
      problems.push({
        file,
        field: 'id',
        message:
          `"${id}" is already the id of ${firstFile} (ids ignore case) — ` +
          `rename one of the two files; ${firstFile} was loaded, this one skipped`,
      });
      continue;
    }
    fileOfId.set(id.toLowerCase(), file);
    articleFiles.push({ file, id });
  }

  const outcomes = await mapWithConcurrency(articleFiles, READ_CONCURRENCY, ({ file, id }) =>
    loadArticleFile(file, id, maxArticleBytes),
  );
  const articles: Article[] = [];
  for (const outcome of outcomes) {
    if ('article' in outcome) articles.push(outcome.article);
    problems.push(...outcome.problems);
  }
  problems.sort((left, right) => compareNames(left.file, right.file));
  if (articleFiles.length === 0) {
    problems.push({ file: dir, message: `no .md files — ${PUT_ARTICLES_THERE}` });
  }
  return { dir, articles, problems };
}

async function loadArticleFile(file: string, id: string, maxArticleBytes: number): Promise<FileOutcome> {
  try {
    const read = await readArticleBytes(file, maxArticleBytes);
    if (!read.ok) return { problems: [{ file, message: describeReadFailure(read, file, maxArticleBytes) }] };
    return parseArticleBytes(file, id, read.bytes);
  } catch (error) {
    // Whatever one file does to the parsers, it costs that file only.
    return {
      problems: [
        {
          file,
          message:
            `cannot be loaded ` +
            `(${error instanceof Error ? error.message : String(error)}) — check the file's frontmatter and text; ` +
            `the ` +
            `other articles are served`,
        },
      ],
    };
  }
}

function parseArticleBytes(file: string, id: string, bytes: Buffer): FileOutcome {
  let text: string;
  try {
    // A UTF-8 byte order mark is accepted and dropped by the decoder.
    text = utf8.decode(bytes);
  } catch {
    return {
      problems: [
        {
          file,
          message:
            `not UTF-8 text (first bad byte on line ${lineOfFirstBadByte(bytes)}) — ` +
            `re-save the file with UTF-8 encoding`,
        },
      ],
    };
  }
  const result = parseArticle(file, id, text);
  return result.ok ? { article: result.article, problems: result.warnings } : { problems: result.problems };
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareNames(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function describeStrayFile(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (extension === '.md' || extension === '.markdown' || extension === '.mdown') {
    return `skipped — only files ending in .md are read; rename it to ${name.slice(0, dot)}.md if it is an article`;
  }
  return 'skipped — only .md files are read; move it out of the corpus directory, or convert it to an .md article';
}

function suggestId(id: string): string {
  const slug = id
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 80);
  return slug === '' ? 'my-article' : slug;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function describeDirectoryError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `no such directory — create it and ${PUT_ARTICLES_THERE}`;
    case 'ENOTDIR':
      return 'not a directory — point CORPUS_DIR or --corpus at the directory that holds the .md files';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied) — make the directory readable (chmod a+rx)';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

function describeReadFailure(read: Exclude<ArticleRead, { ok: true }>, file: string, maxArticleBytes: number): string {
  if ('notRegular' in read) {
    return (
      `skipped — it is ${read.notRegular}, not a regular file (links are followed); only regular .md files ` +
      `are read — replace it with the article's file`
    );
  }
  if ('tooLarge' in read) {
    return (
      `skipped — ${formatBytes(read.tooLarge)}, over the limit of ${formatBytes(maxArticleBytes)} for one ` +
      `article — split it into several articles, or raise MAX_ARTICLE_BYTES`
    );
  }
  return describeFileError(read.error, file);
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

function describeFileError(error: unknown, file: string): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return `cannot be read (permission denied) — make it readable (chmod a+r ${file})`;
    case 'EISDIR':
      return 'skipped — it is a directory, not an .md file';
    case 'ENOENT':
      return 'cannot be read (it vanished while loading, or is a broken link) — restore the file or remove the link';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function lineOfFirstBadByte(bytes: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const firstReplacement = lenient.indexOf('\uFFFD');
  const before = firstReplacement === -1 ? lenient : lenient.slice(0, firstReplacement);
  let line = 1;
  for (const character of before) if (character === '\n') line++;
  return line;
}

async function mapWithConcurrency<T, R>(
  inputs: readonly T[],
  limit: number,
  map: (input: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await map(inputs[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
