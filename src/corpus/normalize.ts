// Text clean-up shared by the frontmatter and the body: what a file's bytes look like does not change its words.

import { stripInvisible } from '../text/invisible.js';

// C0 control characters other than tab and newline are never article text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * `\n` line endings, invisible and control characters removed, Unicode NFC (a decomposed "é" becomes one character).
 */
export function normalizeText(text: string): string {
  return stripInvisible(text.replace(/\r\n?/g, '\n').replace(CONTROL, '')).normalize('NFC');
}
