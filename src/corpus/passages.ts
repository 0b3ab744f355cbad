// Splits an article's Markdown body into passages: the units search ranks and answers cite as ¶ n.
// Paragraphs, lists and tables become passages in reading order; headings name the section of what follows.
import type { Passage } from './types.js';
import { normalizeText } from './normalize.js';
import { splitSentences, type SentenceRange } from './sentences.js';

/**
 * A list whose lead-in plus items fit in this many characters stays one passage. 400 characters is a long news
 * paragraph (the five articles' paragraphs: median 187, 90th percentile 371), so a merged list ranks like one
 * and keeps its lead-in ("Officials listed three options:") with the items it introduces. Longer lists would
 * dilute every item's match and outgrow the ~350-character snippet, so each item then stands alone.
 */
export const SHORT_LIST_MAX_CHARS = 400;

/**
 * The longest passage, in characters. A paragraph longer than this (a scraped article with no blank lines is one
 * paragraph) is split between sentences into parts of at most this size: an answer then cites and shows the part
 * that answers, not a whole article, and no question's cost grows with the size of one paragraph. 1,000 characters
 * is almost three times the 90th-percentile news paragraph, so a real paragraph is never split.
 */
export const MAX_PASSAGE_CHARS = 1_000;

// Comments are replaced by these before lines are read; normalizeText has already removed both from the text.
const COMMENT = '\u0001';
const OPINION_MARKER = '\u0002';
const SENTINELS = /[\u0001\u0002]/g;

interface TextBlock {
  kind: 'paragraph' | 'table';
  lines: string[];
  section: string | null;
  opinion: boolean;
}

interface ListBlock {
  kind: 'list';
  /** Each item's lines; the first line keeps its marker (`- `, `1. `). */
  items: string[][];
  section: string | null;
  opinion: boolean;
  /** The paragraph just before the list when it ends with ":" (its index in `blocks`). */
  leadInIndex: number | null;
  /** A blank line was seen since the last item line. */
  afterBlank: boolean;
}

type Block = TextBlock | ListBlock;

/**
 * Splits a Markdown body into passages numbered 1, 2, 3… in reading order. Never throws; any text that is not
 * a heading, a comment or a thematic break ends up in some passage. A passage longer than MAX_PASSAGE_CHARS is
 * split between sentences into parts that share its number (¶ 12.1, ¶ 12.2).
 *
 * - `#` to `######` headings all set the section (the nearest heading is the most specific label for a
 *   citation; a heading alone would be a poor passage). Headings are not passages and are not counted.
 * - Paragraph lines are joined with one space; blockquote markers (`>`) are dropped.
 * - A list (`- `, `* `, `+ `, `1. `) is one 'list' passage (lead-in + "\n" + items) when short, else one
 *   'list-item' passage per item with the lead-in kept as its own paragraph.
 * - A table (lines starting with `|`) is one 'table' passage, with a caption line directly under it.
 * - `<!-- opinion -->` marks the next paragraph, list or table as opinion, or, before a heading, every passage
 *   up to the next heading of the same or a higher level. Other HTML comments are dropped; an unclosed `<!--`
 *   is kept as text, so a typo never hides the rest of an article.
 */
export function splitPassages(articleId: string, body: string): Passage[] {
  const lines = replaceComments(normalizeText(body)).split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  let section: string | null = null;
  let isOpinionPending = false;
  let opinionSectionLevel: number | null = null;
  // Whether the last finished block is directly before the current position (no heading or rule in between).
  let isLastBlockAdjacent = false;

  const finish = (): void => {
    if (current !== null) {
      blocks.push(current);
      isLastBlockAdjacent = true;
    }
    current = null;
  };
  const takeOpinion = (): boolean => {
    const isOpinion = isOpinionPending || opinionSectionLevel !== null;
    isOpinionPending = false;
    return isOpinion;
  };
  const startText = (kind: TextBlock['kind'], line: string): TextBlock => {
    finish();
    const block: TextBlock = { kind, lines: [line], section, opinion: takeOpinion() };
    current = block;
    return block;
  };

  for (const rawLine of lines) {
    const hasComment = rawLine.includes(COMMENT) || rawLine.includes(OPINION_MARKER);
    const line = hasComment ? rawLine.replace(SENTINELS, '').trimEnd() : rawLine.trimEnd();
    const block = current as Block | null;

    if (hasComment && line.trim() === '') {
      // A line holding only comments: ignored, except that an opinion marker ends the block before it.
      if (rawLine.includes(OPINION_MARKER)) {
        finish();
        isOpinionPending = true;
      }
      continue;
    }
    if (line.trim() === '') {
      if (block?.kind === 'list') block.afterBlank = true;
      else finish();
      continue;
    }

    const heading = readHeading(line);
    if (heading !== null) {
      finish();
      isLastBlockAdjacent = false;
      if (heading.text !== '') section = heading.text;
      if (isOpinionPending) {
        opinionSectionLevel = heading.level;
        isOpinionPending = false;
      } else if (opinionSectionLevel !== null && heading.level <= opinionSectionLevel) {
        opinionSectionLevel = null;
      }
      continue;
    }
    if (isThematicBreak(line)) {
      // A rule closes the section: a label heading such as "KEY POINTS" must not name the article text after its list.
      finish();
      isLastBlockAdjacent = false;
      section = null;
      opinionSectionLevel = null;
      continue;
    }

    const content = line.trimStart();
    if (content.startsWith('|') && line.length - content.length <= 3) {
      if (block?.kind === 'table' && block.lines.length > 0 && !isCaptioned(block)) block.lines.push(content);
      else startText('table', content);
      continue;
    }

    const item = readListItem(line);
    if (item !== null) {
      if (block?.kind === 'list') {
        block.items.push([item]);
        block.afterBlank = false;
        continue;
      }
      finish();
      const previous = blocks[blocks.length - 1];
      const isLeadIn = isLastBlockAdjacent && previous?.kind === 'paragraph' && previous.lines.join(' ').endsWith(':');
      current = {
        kind: 'list',
        items: [[item]],
        section,
        opinion: takeOpinion(),
        leadInIndex: isLeadIn ? blocks.length - 1 : null,
        afterBlank: false,
      };
      continue;
    }

    const text = stripQuoteMarkers(content);
    if (block?.kind === 'list') {
      const isIndented = line.length - content.length >= 2;
      if (!block.afterBlank || isIndented) {
        // A wrapped item line, or an indented paragraph that belongs to the item above.
        block.items[block.items.length - 1]?.push(text);
        block.afterBlank = false;
        continue;
      }
      startText('paragraph', text);
      continue;
    }
    if (block?.kind === 'table' && !isCaptioned(block)) {
      // A line directly under a table is its caption ("Source: …"): it belongs with the table.
      block.lines.push(`${CAPTION_PREFIX}${text}`);
      continue;
    }
    if (block?.kind === 'paragraph') block.lines.push(text);
    else startText('paragraph', text);
  }
  finish();

  return toPassages(articleId, blocks);
}

/** Marks a table's caption line while it is being read, so a table takes at most one. */
const CAPTION_PREFIX = '\u0003';

function isCaptioned(block: TextBlock): boolean {
  return block.lines[block.lines.length - 1]?.startsWith(CAPTION_PREFIX) ?? false;
}

interface Draft {
  section: string | null;
  kind: Passage['kind'];
  text: string;
  opinion: boolean;
}

function toPassages(articleId: string, blocks: Block[]): Passage[] {
  const drafts: Array<Draft | null> = [];
  // Where each paragraph block's draft is, for a list that takes it as its lead-in.
  const draftIndexOfBlock = new Map<number, number>();
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.kind === 'list') {
      const items = block.items.map(joinLines);
      const leadInDraftIndex = block.leadInIndex === null ? undefined : draftIndexOfBlock.get(block.leadInIndex);
      const leadIn = leadInDraftIndex === undefined ? null : (drafts[leadInDraftIndex] ?? null);
      const listText = items.join('\n');
      const wholeText = leadIn === null ? listText : `${leadIn.text}\n${listText}`;
      if (wholeText.length <= SHORT_LIST_MAX_CHARS) {
        if (leadInDraftIndex !== undefined) drafts[leadInDraftIndex] = null;
        drafts.push({
          section: leadIn?.section ?? block.section,
          kind: 'list',
          text: wholeText,
          opinion: block.opinion || (leadIn?.opinion ?? false),
        });
      } else {
        for (const text of items)
          drafts.push({ section: block.section, kind: 'list-item', text, opinion: block.opinion });
      }
    } else if (block.kind === 'paragraph') {
      draftIndexOfBlock.set(blockIndex, drafts.length);
      drafts.push({ section: block.section, kind: 'paragraph', text: joinLines(block.lines), opinion: block.opinion });
    } else {
      const rows = block.lines.map((row) =>
        (row.startsWith(CAPTION_PREFIX) ? row.slice(CAPTION_PREFIX.length) : row).replace(/[ \t]+/g, ' ').trim(),
      );
      drafts.push({
        section: block.section,
        kind: 'table',
        text: rows.filter((row) => row !== '').join('\n'),
        opinion: block.opinion,
      });
    }
  }

  const passages: Passage[] = [];
  let paragraph = 0;
  for (const draft of drafts) {
    if (draft === null || draft.text === '') continue;
    paragraph += 1;
    const common = { articleId, paragraph, section: draft.section, kind: draft.kind, opinion: draft.opinion };
    if (draft.text.length <= MAX_PASSAGE_CHARS) {
      passages.push({ id: `${articleId}:${paragraph}`, ...common, text: draft.text });
      continue;
    }
    splitLongText(draft.text).forEach((text, index) => {
      passages.push({ id: `${articleId}:${paragraph}.${index + 1}`, ...common, part: index + 1, text });
    });
  }
  return passages;
}

/**
 * Cuts a text longer than MAX_PASSAGE_CHARS into parts of at most that many characters: whole sentences packed in
 * order, a sentence longer than the limit cut between words (or, with no space at all, anywhere but inside a
 * character). Linear in the text's length.
 */
export function splitLongText(text: string): string[] {
  const parts: string[] = [];
  let part: SentenceRange | null = null;
  for (const sentence of splitSentences(text)) {
    for (const piece of piecesOf(text, sentence)) {
      if (part !== null && piece.end - part.start <= MAX_PASSAGE_CHARS) {
        part.end = piece.end;
        continue;
      }
      if (part !== null) parts.push(text.slice(part.start, part.end).trim());
      part = { ...piece };
    }
  }
  if (part !== null) parts.push(text.slice(part.start, part.end).trim());
  return parts.filter((piece) => piece !== '');
}

/** A sentence as pieces of at most MAX_PASSAGE_CHARS, cut at the last space that fits. */
function piecesOf(text: string, sentence: SentenceRange): SentenceRange[] {
  const pieces: SentenceRange[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_PASSAGE_CHARS) {
    let cut = start + MAX_PASSAGE_CHARS;
    while (cut > start && !/\s/.test(text[cut] ?? '')) cut -= 1;
    if (cut === start) {
      cut = start + MAX_PASSAGE_CHARS;
      // Never between the two halves of a character outside the Basic Multilingual Plane.
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    }
    pieces.push({ start, end: cut });
    start = cut;
    while (start < sentence.end && /\s/.test(text[start] ?? '')) start += 1;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end });
  return pieces;
}

/** Lines of one paragraph or item, joined with single spaces. */
function joinLines(lines: string[]): string {
  const joined = lines.length === 1 ? (lines[0] ?? '') : lines.join(' ');
  return (SPACE_RUN.test(joined) ? joined.replace(/[ \t]+/g, ' ') : joined).trim();
}

const SPACE_RUN = /[ \t]{2}|\t/;

/** Replaces every closed `<!-- … -->` with a sentinel: OPINION_MARKER for `<!-- opinion -->`, COMMENT for others. */
function replaceComments(text: string): string {
  let result = '';
  let position = 0;
  for (;;) {
    const start = text.indexOf('<!--', position);
    if (start === -1) break;
    const end = text.indexOf('-->', start + 4);
    if (end === -1) break;
    const isOpinion =
      text
        .slice(start + 4, end)
        .trim()
        .toLowerCase() === 'opinion';
    result += text.slice(position, start) + (isOpinion ? OPINION_MARKER : COMMENT);
    position = end + 3;
  }
  return result + text.slice(position);
}

/** An ATX heading (`## Text`, optionally closed with `#`s), or null. */
function readHeading(line: string): { level: number; text: string } | null {
  const content = line.trimStart();
  if (line.length - content.length > 3 || !content.startsWith('#')) return null;
  let level = 0;
  while (content[level] === '#') level++;
  if (level > 6) return null;
  const after = content[level];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  let text = content.slice(level).trim();
  // A closing run of #s ("## Title ##") is decoration, when a space separates it from the text.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trim();
  return { level, text: text.replace(/[ \t]+/g, ' ') };
}

/** `---`, `***`, `___` (spaces allowed between): a rule between blocks, not text. */
function isThematicBreak(line: string): boolean {
  const first = line.trimStart()[0];
  if (first !== '-' && first !== '*' && first !== '_') return false;
  const compact = line.replace(/[ \t]/g, '');
  if (compact.length < 3) return false;
  const mark = compact[0];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  for (const character of compact) if (character !== mark) return false;
  return true;
}

const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/;

/** A list item line as `- text` / `1. text` (indentation dropped), or null. */
function readListItem(line: string): string | null {
  const match = LIST_ITEM.exec(line);
  if (match === null) return null;
  return `${match[1]} ${match[2]}`;
}

/** `> quoted text` → `quoted text` (nested `> >` too). */
function stripQuoteMarkers(content: string): string {
  let text = content;
  while (text.startsWith('>')) text = text.slice(1).trimStart();
  return text;
}
