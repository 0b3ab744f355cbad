// The corpus's plain values: what the loader produces and every later stage reads.

/** One searchable unit of an article: a paragraph, a short list with its lead-in, a list item, or a table. */
export interface Passage {
  /** Stable across runs: `${articleId}:${paragraph}`, or `${articleId}:${paragraph}.${part}` for a part. */
  id: string;
  articleId: string;
  /** ¶ n: 1-based, counted over paragraphs, lists and tables in reading order (headings are not counted). */
  paragraph: number;
  /**
   * Set only when the paragraph was longer than MAX_PASSAGE_CHARS and split between sentences: which part it is
   * (1-based; cited as ¶ 12.1, ¶ 12.2). The paragraphs after it keep their numbers.
   */
  part?: number;
  /** The nearest `## ` heading above the passage, or null before the first heading. */
  section: string | null;
  kind: 'paragraph' | 'list' | 'list-item' | 'table';
  /** Unicode NFC, trimmed; list items keep their `- ` markers, tables their Markdown rows. */
  text: string;
  /** True when the corpus marks the passage (or its section) as the outlet's opinion rather than reporting. */
  opinion: boolean;
}

export interface Article {
  /** The file name without `.md`: the article's id in citations, `--source` and JSON. */
  id: string;
  title: string;
  /** `derived` when the article prints no headline and the title was written from its text. */
  titleSource: 'headline' | 'derived';
  outlet?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  url?: string;
  language: string;
  /** Path of the source file, as read. */
  file: string;
  passages: Passage[];
}

/** An expected problem with one corpus file, reported as `${file}: ${field}: ${message}`. */
export interface CorpusProblem {
  file: string;
  field?: string;
  message: string;
  /**
   * `split`: nothing was lost, a paragraph over the passage limit is served in parts. Commands that answer questions
   * count these in one line; `npm run sources` and `npm run index` list each.
   */
  kind?: 'split';
}

export interface LoadedCorpus {
  /** The directory that was read, as given. */
  dir: string;
  articles: Article[];
  problems: CorpusProblem[];
}
