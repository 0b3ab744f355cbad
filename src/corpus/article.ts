// One article file's text → an Article, or every problem that keeps it out. Pure: the loader does the reading.
import { parseFrontmatter } from './frontmatter.js';
import { normalizeText } from './normalize.js';
import { splitPassages } from './passages.js';
import type { Article, CorpusProblem } from './types.js';

export type ArticleResult = { ok: true; article: Article } | { ok: false; problems: CorpusProblem[] };

/** Parses one file's decoded text; `file` is the path the problems name, `id` the article id. */
export function parseArticle(file: string, id: string, text: string): ArticleResult {
  const parsed = parseFrontmatter(normalizeText(text));
  const problems: CorpusProblem[] = parsed.ok ? [] : parsed.problems.map((problem) => ({ file, ...problem }));
  const passages = parsed.body === null ? [] : splitPassages(id, parsed.body);
  if (parsed.body !== null && passages.length === 0) {
    problems.push({ file, field: 'body', message: 'empty — write the article\'s text below the closing "---", paragraphs separated by blank lines' });
  }
  if (!parsed.ok || problems.length > 0) return { ok: false, problems };

  const { frontmatter } = parsed;
  return {
    ok: true,
    article: {
      id,
      title: frontmatter.title,
      titleSource: frontmatter.title_source,
      ...(frontmatter.outlet === undefined ? {} : { outlet: frontmatter.outlet }),
      ...(frontmatter.author === undefined ? {} : { author: frontmatter.author }),
      ...(frontmatter.published === undefined ? {} : { published: frontmatter.published }),
      ...(frontmatter.url === undefined ? {} : { url: frontmatter.url }),
      language: frontmatter.language,
      file,
      passages,
    },
  };
}
