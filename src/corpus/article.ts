// One article file's text → an Article, or every problem that keeps it out. Pure: the loader does the reading.
import { parseFrontmatter } from './frontmatter.js';
import { normalizeText } from './normalize.js';
import { MAX_PASSAGE_CHARS, splitPassages } from './passages.js';
import type { Article, CorpusProblem, Passage } from './types.js';

/** `warnings`: what was changed to load the article (an over-long paragraph split into parts); it loads regardless. */
export type ArticleResult =
  { ok: true; article: Article; warnings: CorpusProblem[] } | { ok: false; problems: CorpusProblem[] };

/** Parses one file's decoded text; `file` is the path the problems name, `id` the article id. */
export function parseArticle(file: string, id: string, text: string): ArticleResult {
  const parsed = parseFrontmatter(normalizeText(text));
  const problems: CorpusProblem[] = parsed.ok ? [] : parsed.problems.map((problem) => ({ file, ...problem }));
  const passages = parsed.body === null ? [] : splitPassages(id, parsed.body);
  if (parsed.body !== null && passages.length === 0) {
    problems.push({
      file,
      field: 'body',
      message: 'empty — write the article\'s text below the closing "---", ' + 'paragraphs separated by blank lines',
    });
  }
  if (!parsed.ok || problems.length > 0) return { ok: false, problems };

  const { frontmatter } = parsed;
  return {
    ok: true,
    warnings: splitWarnings(file, passages),
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

/** One warning per paragraph that was split into parts, saying how to make it cite as written. */
function splitWarnings(file: string, passages: readonly Passage[]): CorpusProblem[] {
  const partsOf = new Map<number, Passage[]>();
  for (const passage of passages)
    if (passage.part !== undefined)
      partsOf.set(passage.paragraph, [...(partsOf.get(passage.paragraph) ?? []), passage]);
  return [...partsOf].map(([paragraph, parts]) => {
    const characters = parts.reduce((sum, part) => sum + part.text.length, 0).toLocaleString('en-US');
    return {
      file,
      field: 'body',
      kind: 'split' as const,
      message:
        `¶ ${paragraph} is one paragraph of ${characters} characters with no blank line: it is served as ` +
        `${parts.length} parts of at most ${MAX_PASSAGE_CHARS.toLocaleString('en-US')} characters split between ` +
        `sentences (¶ ${paragraph}.1 to ¶ ${paragraph}.${parts.length}) — put a blank line between its ` +
        `paragraphs to cite them as written`,
    };
  });
}
