// Text clean-up shared by the frontmatter and the body: what a file's bytes look like does not change its words.

// Zero-width space, non-joiner, joiner, BOM/zero-width no-break space, soft hyphen: invisible, and they split or
// glue words for a search index. C0 control characters other than tab and newline are never article text.
const INVISIBLE = /[\u200B-\u200D\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** `\n` line endings, invisible characters removed, Unicode NFC (a decomposed "é" becomes one character). */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC');
}
