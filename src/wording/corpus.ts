// What both faces (and the corpus loader) say when there are no articles to read: where they go and how to point
// the tool at them.
import { MAX_PASSAGE_CHARS } from '../corpus/passages.js';
import { plural } from './words.js';

/** The fix for an empty or missing corpus directory. */
export const PUT_ARTICLES_THERE =
  'put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their directory';

/** One line for the paragraphs over the passage limit, served in parts (`npm run sources` lists each). */
export function splitParagraphsNote(count: number): string {
  return (
    `note: ${plural(count, 'paragraph')} over ${MAX_PASSAGE_CHARS.toLocaleString('en-US')} characters ` +
    `${count === 1 ? 'is' : 'are'} served in parts, cited ` +
    `as ¶ n.1, ¶ n.2 (npm run sources lists them)`
  );
}
