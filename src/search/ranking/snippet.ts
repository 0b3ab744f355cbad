// Snippets: the sentence or two of a passage that best answer the question, at most MAX_SNIPPET_CHARS, cut at word
// boundaries, with the words that matched marked; and the whole passage marked the same way, so a face that shows
// the passage only lays the marks out. Marking re-uses the analyzer, so "said" is marked for "say".
import { splitSentences } from '../../corpus/sentences.js';
import type { SnippetSpan } from '../types.js';
import type { AnalyzedPassage, AnalyzedToken } from '../analysis/passage-terms.js';

/** The most characters a snippet's text holds (marks not counted, the ellipses counted). */
export const MAX_SNIPPET_CHARS = 350;
const ELLIPSIS = '…';

interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  snippet: string;
  snippetSpans: SnippetSpan[];
  /** The whole passage as spans, its words marked as the snippet's are (every form of a matched term, anywhere). */
  textSpans: SnippetSpan[];
}

function isMarked(token: AnalyzedToken, markTerms: ReadonlySet<string>): boolean {
  return token.terms.some((term) => markTerms.has(term));
}

/** The index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: readonly AnalyzedToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Only the tokens inside the range are visited: scanning every token for every window made a long passage's
// snippet cost grow with the square of its length (a 400 KB paragraph took seconds).
function matchedWeight(
  tokens: readonly AnalyzedToken[],
  range: Range,
  markTerms: ReadonlySet<string>,
  weightOf: (term: string) => number,
): number {
  const matched = new Set<string>();
  for (let index = firstTokenFrom(tokens, range.start); index < tokens.length; index += 1) {
    const token = tokens[index] as AnalyzedToken;
    if (token.start >= range.end) break;
    if (token.end > range.end) continue;
    for (const term of token.terms) if (markTerms.has(term)) matched.add(term);
  }
  let weight = 0;
  for (const term of matched) weight += weightOf(term);
  return weight;
}

/**
 * The best window of one or two consecutive sentences: most matched weight, then the longer (more context) if it fits,
 * then the earlier.
 */
function bestWindow(
  text: string,
  analysis: AnalyzedPassage,
  markTerms: ReadonlySet<string>,
  weightOf: (term: string) => number,
): Range {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return { start: 0, end: text.length };
  let best: { range: Range; weight: number; fits: boolean } | null = null;
  sentences.forEach((sentence, index) => {
    const next = sentences[index + 1];
    const windows: Range[] = [sentence];
    if (next) windows.push({ start: sentence.start, end: next.end });
    for (const range of windows) {
      const weight = matchedWeight(analysis.tokens, range, markTerms, weightOf);
      const fits = range.end - range.start <= MAX_SNIPPET_CHARS;
      const isPair = range !== sentence;
      if (isPair && !fits) continue;
      const better =
        best === null ||
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) <= 1e-9 && fits && !best.fits) ||
        (Math.abs(weight - best.weight) <= 1e-9 &&
          fits === best.fits &&
          isPair &&
          range.end - range.start > best.range.end - best.range.start &&
          range.start === best.range.start);
      if (better) best = { range, weight, fits };
    }
  });
  return best === null ? { start: 0, end: text.length } : (best as { range: Range }).range;
}

/** Narrows a window longer than the limit to MAX_SNIPPET_CHARS around its first marked word, cutting between words. */
function clampWindow(
  text: string,
  window: Range,
  tokens: readonly AnalyzedToken[],
  markTerms: ReadonlySet<string>,
): { range: Range; cutStart: boolean; cutEnd: boolean } {
  if (window.end - window.start <= MAX_SNIPPET_CHARS) return { range: window, cutStart: false, cutEnd: false };
  const inside = tokens.filter((token) => token.start >= window.start && token.end <= window.end);
  const firstMarked = inside.find((token) => isMarked(token, markTerms));
  // Leave some words of lead-in before the first match, so it reads as a sentence.
  const budget = MAX_SNIPPET_CHARS - 2 * ELLIPSIS.length;
  let start = window.start;
  if (firstMarked && firstMarked.end - window.start > budget * 0.6) {
    const wanted = firstMarked.start - Math.floor(budget * 0.25);
    start = inside.find((token) => token.start >= wanted)?.start ?? firstMarked.start;
  }
  const limit = start + budget;
  let end = start;
  for (const token of inside) {
    if (token.start < start) continue;
    if (token.end > limit) break;
    end = token.end;
  }
  // Keep the punctuation that closes the last word when it still fits (a comma, a quotation mark).
  while (end < window.end && end < limit && /[^\s\p{L}\p{N}]/u.test(text[end] ?? ' ')) end += 1;
  if (end <= start) end = Math.min(window.end, start + budget);
  return { range: { start, end }, cutStart: start > window.start, cutEnd: end < window.end };
}

function pushSpan(spans: SnippetSpan[], text: string, marked: boolean): void {
  if (text === '') return;
  const last = spans[spans.length - 1];
  if (last && last.marked === marked) last.text += text;
  else spans.push({ text, marked });
}

function pushMarkedRange(
  spans: SnippetSpan[],
  text: string,
  range: Range,
  tokens: readonly AnalyzedToken[],
  markTerms: ReadonlySet<string>,
): void {
  let cursor = range.start;
  for (const token of tokens) {
    if (token.start < range.start || token.end > range.end || !isMarked(token, markTerms)) continue;
    pushSpan(spans, text.slice(cursor, token.start), false);
    pushSpan(spans, text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  pushSpan(spans, text.slice(cursor, range.end), false);
}

// A Markdown table: a header row, then a delimiter row of pipes, dashes and colons.
const TABLE_DELIMITER = /^\|?[\s:|-]+\|?$/;

/**
 * For a table, the header row and the one row that matches best (the header says what the row's cells mean), or
 * null when the text is not a table or no row matches.
 */
function tableWindow(
  text: string,
  analysis: AnalyzedPassage,
  markTerms: ReadonlySet<string>,
  weightOf: (term: string) => number,
): Range[] | null {
  const lines: Range[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const [header, delimiter, ...rows] = lines;
  if (
    !header ||
    !delimiter ||
    !text.startsWith('|') ||
    !TABLE_DELIMITER.test(text.slice(delimiter.start, delimiter.end).trim())
  )
    return null;
  let best: { row: Range; weight: number } | null = null;
  for (const row of rows) {
    const weight = matchedWeight(analysis.tokens, row, markTerms, weightOf);
    if (weight > 0 && (best === null || weight > best.weight)) best = { row, weight };
  }
  if (best === null) return null;
  const bothFit = header.end - header.start + 1 + (best.row.end - best.row.start) <= MAX_SNIPPET_CHARS;
  return bothFit ? [header, best.row] : [best.row];
}

/**
 * The snippet of a passage for a question: `markTerms` are the index terms that matched (fuzzy and prefix
 * matches included), `weightOf` how much each is worth (idf), so the window with the rarest matches wins.
 */
export function makeSnippet(
  text: string,
  analysis: AnalyzedPassage,
  markTerms: ReadonlySet<string>,
  weightOf: (term: string) => number,
): Snippet {
  const spans: SnippetSpan[] = [];
  const tableRows = tableWindow(text, analysis, markTerms, weightOf);
  if (tableRows && tableRows.length === 2) {
    const [header, row] = tableRows as [Range, Range];
    pushMarkedRange(spans, text, header, analysis.tokens, markTerms);
    pushSpan(spans, '\n', false);
    pushMarkedRange(spans, text, row, analysis.tokens, markTerms);
  } else {
    const window = tableRows?.[0] ?? bestWindow(text, analysis, markTerms, weightOf);
    const { range, cutStart, cutEnd } = clampWindow(text, window, analysis.tokens, markTerms);
    if (cutStart) pushSpan(spans, ELLIPSIS, false);
    pushMarkedRange(spans, text, range, analysis.tokens, markTerms);
    if (cutEnd) pushSpan(spans, ELLIPSIS, false);
  }
  const snippet = spans.map((span) => (span.marked ? `**${span.text}**` : span.text)).join('');
  const textSpans: SnippetSpan[] = [];
  pushMarkedRange(textSpans, text, { start: 0, end: text.length }, analysis.tokens, markTerms);
  return { snippet, snippetSpans: spans, textSpans };
}
