// Text in a reply: cut at a word to a budget, escaped so nothing echoed can format, ping or reorder a line, and
// laid out (marked words in bold, quotations, headlines and links). Every reply kind builds its text from these.
import { escapeMarkdown } from 'discord.js';
import type { SnippetSpan } from '../../search/index.js';
import { MAX_EMBED_TITLE_LENGTH } from '../reply-limits.js';
import { ESCAPE_ROOM, LINK_URL_CHARACTERS, SPEAKER_NAME_CHARACTERS } from './budgets.js';

export const ELLIPSIS = '…';

/**
 * Where to cut `text` so that it plus an ellipsis fits in `budget` UTF-16 units: at the last whitespace when there
 * is one in the second half, else mid-word; never inside a surrogate pair.
 */
function cutIndex(text: string, budget: number): number {
  let cut = Math.max(0, budget);
  if (cut >= text.length) return text.length;
  // Never split a surrogate pair: step back off a low surrogate.
  if (cut > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
  const lastSpace = text.slice(0, cut + 1).search(/\s\S*$/);
  return lastSpace >= cut / 2 ? lastSpace : cut;
}

/** `text` cut at a word boundary so that it fits in `max` characters, with "…" when anything was cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  return `${text.slice(0, cutIndex(text, max - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
}

// C0 and C1 controls but tab and line feed, and the bidirectional overrides, embeddings, isolates and marks: echoed
// back, U+202E reverses the rest of a line and U+0000 is rejected or shown as a box.
const CONTROL_AND_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text with control and bidirectional-formatting characters removed (a carriage return becomes a space). */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_AND_BIDI, '');
}

/** Breaks `@everyone` and `@here` with a zero-width space so they can never read as mass mentions; drops controls. */
export function neutralizeMentions(text: string): string {
  return stripControls(text).replace(/@(everyone|here)/gi, '@\u200b$1');
}

export function restoreMentions(text: string): string {
  return text.replace(/@\u200b(everyone|here)/gi, '@$1');
}

/** Text from users or from the articles, made inert: Markdown escaped and mass mentions broken. */
export function escapeText(text: string): string {
  return neutralizeMentions(
    escapeMarkdown(stripControls(text), { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
  );
}

/** Escapes `raw` and fits the result in `max`, cutting the raw text (never the escapes) at a word boundary. */
export function fitEscaped(raw: string, max: number): string {
  let escaped = escapeText(raw);
  let budget = raw.length;
  while (escaped.length > max && budget > 0) {
    budget = Math.max(0, budget - Math.max(1, escaped.length - max));
    escaped = escapeText(cutText(raw, budget));
  }
  return escaped.length <= max ? escaped : '';
}

/** The snippet as escaped Markdown with matched words in bold, cut at a word boundary to fit in `max`. */
export function formatSnippet(spans: readonly SnippetSpan[], max: number): string {
  const whole = spans.map((span) => span.text).join('');
  let budget = whole.length;
  let rendered = renderSpans(spans, budget);
  while (rendered.length > max && budget > 0) {
    budget = Math.max(0, budget - Math.max(1, rendered.length - max));
    rendered = renderSpans(spans, budget);
  }
  return rendered.length <= max ? rendered : '';
}

function renderSpans(spans: readonly SnippetSpan[], rawBudget: number): string {
  const whole = spans.map((span) => span.text).join('');
  const isCut = whole.length > rawBudget;
  const keep = isCut ? cutIndex(whole, rawBudget - ELLIPSIS.length) : whole.length;
  let used = 0;
  let out = '';
  let pendingBold = '';
  const flushBold = () => {
    if (pendingBold.trim()) {
      const leading = pendingBold.match(/^\s*/)?.[0] ?? '';
      const trailing = pendingBold.match(/\s*$/)?.[0] ?? '';
      out += `${leading}**${escapeText(pendingBold.trim())}**${trailing}`;
    } else {
      out += escapeText(pendingBold);
    }
    pendingBold = '';
  };
  for (const span of spans) {
    if (used >= keep) break;
    const text = span.text.slice(0, keep - used);
    used += text.length;
    // Adjacent marked spans are joined, so ** never meets ** (which Discord would read as something else).
    if (span.marked) pendingBold += text;
    else {
      flushBold();
      out += escapeText(text);
    }
    // A pronoun the engine credited to a person: say who, as an editor's bracket ("she [Claudia Sheinbaum]").
    if (span.speaker && text === span.text) {
      flushBold();
      out += ` [${escapeText(cutText(span.speaker, SPEAKER_NAME_CHARACTERS))}]`;
    }
  }
  flushBold();
  return isCut ? `${out.trimEnd()}${ELLIPSIS}` : out;
}

/** A headline as an embed title: Markdown escaped, cut to fit. */
export function headlineTitle(title: string, max = MAX_EMBED_TITLE_LENGTH): string {
  return fitEscaped(title, max) || ELLIPSIS;
}

/** Only http(s) links become embed URLs; anything else would make Discord reject the whole reply. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/\S+$/i.test(url) && url.length <= LINK_URL_CHARACTERS ? url : undefined;
}

/** A headline or outlet cut to `max` at a word boundary (mid-word only for a single long word), never escaped yet. */
export function shortName(text: string, max: number): string {
  const clean = stripControls(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  const lastSpace = clean.slice(0, room + 1).lastIndexOf(' ');
  return `${clean.slice(0, lastSpace > 0 ? lastSpace : room).trimEnd()}${ELLIPSIS}`;
}

/** A name cut at a word to `max`, then escaped (within `max` plus the room escapes take). */
export function escapedName(text: string, max: number): string {
  return fitEscaped(shortName(text, max), max + ESCAPE_ROOM);
}

/** `[Headline](url)` when the article has a usable URL, else the headline; escaped, cut at a word. */
export function linkedHeadline(title: string, url: string | undefined, max: number): string {
  const safe = safeUrl(url);
  const text = escapedName(title, max).replace(/[[\]]/g, '') || ELLIPSIS;
  return safe ? `[${text}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : text;
}

/** What a Markdown block quote puts before each line. */
const QUOTE_MARKER = '> ';

/** The spans as a Markdown block quote (`> ` on every line), within `max`. */
export function quotation(spans: readonly SnippetSpan[], max: number): string {
  const lines = spans.reduce((count, span) => count + (span.text.match(/\n/g)?.length ?? 0), 1);
  const body = formatSnippet(spans, Math.max(0, max - QUOTE_MARKER.length * lines));
  return body
    ? body
        .split('\n')
        .map((line) => `${QUOTE_MARKER}${line}`)
        .join('\n')
    : '';
}
