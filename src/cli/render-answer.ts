// How an Answer looks in the terminal: readable numbered blocks (full passage, citation, also-in, corroboration)
// and the `--json` object other tools read. Pure: takes values, returns strings.
import {
  CLOSEST_COVERAGE_MARK,
  declinedInSourceText,
  declinedText,
  LOW_CONFIDENCE_NOTE,
  reportedBy,
} from '../wording/answers.js';
import { terminalCommand } from '../wording/commands.js';
import { paragraphLabel } from '../corpus/citation.js';
import type { Answer, Confidence, DeclineReason, SearchResult, SnippetSpan } from '../search/index.js';
import { MAX_LIMIT as MAX_SHOWN } from './args.js';

/** How matched words are marked: ANSI bold for a terminal, `**` when the output goes to a file or a pipe. */
export type MarkStyle = 'ansi' | 'markdown';

export const DECLINE_MESSAGE = declinedText('that', terminalCommand);
export const DECLINE_IN_SOURCE_MESSAGE = declinedInSourceText('drop --source', terminalCommand);

const ANSI_BOLD = '\u001b[1m';
const ANSI_NORMAL = '\u001b[22m';

export function mark(text: string, style: MarkStyle): string {
  return style === 'ansi' ? `${ANSI_BOLD}${text}${ANSI_NORMAL}` : `**${text}**`;
}

/**
 * Spans the engine marked (a snippet, or a whole passage), laid out with the marks of `style`; a pronoun the engine
 * credited to a person says who, as an editor's bracket ("she [Claudia Sheinbaum]"), as in Discord.
 */
export function renderSpans(spans: readonly SnippetSpan[], style: MarkStyle): string {
  return spans
    .map((span) => {
      const text = span.marked ? mark(span.text, style) : span.text;
      return span.speaker === undefined ? text : `${text} [${withoutControlCharacters(span.speaker)}]`;
    })
    .join('');
}

/** `— Headline · Outlet · ¶ 4 · Section` (outlet and section only when known; "opinion" when so marked). */
export function citationLine(result: SearchResult): string {
  const parts = [result.title, result.outlet, paragraphLabel(result), result.section ?? undefined];
  if (result.opinion) parts.push('opinion');
  return `— ${parts.filter((part): part is string => Boolean(part)).join(' · ')}`;
}

/** `also in: Outlet ¶ 7, Outlet ¶ 2`, or null when nothing was folded into the result. */
export function alsoInLine(result: SearchResult): string | null {
  if (result.alsoIn.length === 0) return null;
  return (
    `also in: ` +
    `${result.alsoIn.map((place) => `${place.outlet ?? place.title} ${paragraphLabel(place)}`).join(', ')}`
  );
}

/** A typed question is echoed to a terminal: its control characters (escape sequences too) must not act there. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

const indent = (text: string, prefix: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');

export interface RenderOptions {
  style: MarkStyle;
  /** Print the question above the results (when answering many questions in one run). */
  showQuestion: boolean;
  /** The article the search was restricted to, if any (changes the decline message). */
  source: string | null;
}

/** The readable form of an answer: numbered results, each with its citation lines. Ends without a newline. */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const header = options.showQuestion ? `Q: ${withoutControlCharacters(answer.question)}\n` : '';
  if (answer.declined || answer.results.length === 0) {
    return (
      header +
      (options.source === null
        ? declinedText('that', terminalCommand, answer)
        : declinedInSourceText('drop --source', terminalCommand, answer))
    );
  }
  const note = answer.results[0]?.confidence === 'low' ? `${LOW_CONFIDENCE_NOTE}\n\n` : '';
  const blocks = answer.results.map((result, index) => {
    const number = `${index + 1}. `;
    const pad = ' '.repeat(number.length);
    const lines = [
      number + indent(renderSpans(result.textSpans, options.style), pad).slice(pad.length),
      pad + citationLine(result),
    ];
    const alsoIn = alsoInLine(result);
    if (alsoIn !== null) lines.push(pad + alsoIn);
    if (result.reportedBy > 1) lines.push(pad + reportedBy(result.reportedBy, answer.articleCount));
    // The note above covers an answer that is all closest coverage; after an answering passage, each one says so.
    if (note === '' && result.confidence === 'low') lines.push(pad + CLOSEST_COVERAGE_MARK);
    return lines.join('\n');
  });
  if (answer.total > answer.results.length) {
    const hint = answer.results.length < MAX_SHOWN ? `; --limit ${MAX_SHOWN} shows more` : '';
    blocks.push(`(${answer.results.length} of ${answer.total} matching passages${hint})`);
  }
  return header + note + blocks.join('\n\n');
}

/** The `--json` contract: these fields, in this order; later additions go after them. */
export interface AskJson {
  question: string;
  results: Array<{
    id: string;
    articleId: string;
    title: string;
    outlet: string | null;
    paragraph: number;
    section: string | null;
    text: string;
    snippet: string;
    score: number;
    alsoIn: Array<{ articleId: string; title: string; paragraph: number; outlet: string | null; part: number | null }>;
    confidence: Confidence;
    reportedBy: number;
    opinion: boolean;
    url: string | null;
    /** The part of a paragraph split for length (¶ 12.2 → paragraph 12, part 2); null for a whole paragraph. */
    part: number | null;
  }>;
  declined: boolean;
  total: number;
  articleCount: number;
  /**
   * Why a declined question was declined, when its words say: `no-topic` (nothing to look for), `not-mentioned` (it
   * turns on the `missing` names or words, which the coverage never uses); null otherwise.
   */
  declinedFor: DeclineReason | null;
  /** As the reader typed them ("Justin Trudeau", "tariffs"); empty unless `declinedFor` is `not-mentioned`. */
  missing: string[];
}

/** The `--json` object for one question; `question` is what the user typed. */
export function toAskJson(question: string, answer: Answer): AskJson {
  return {
    question,
    results: answer.declined
      ? []
      : answer.results.map((result) => ({
          id: result.id,
          articleId: result.articleId,
          title: result.title,
          outlet: result.outlet ?? null,
          paragraph: result.paragraph,
          section: result.section,
          text: result.text,
          snippet: result.snippet,
          score: result.score,
          alsoIn: result.alsoIn.map((place) => ({
            articleId: place.articleId,
            title: place.title,
            paragraph: place.paragraph,
            outlet: place.outlet ?? null,
            part: place.part ?? null,
          })),
          confidence: result.confidence,
          reportedBy: result.reportedBy,
          opinion: result.opinion,
          url: result.url ?? null,
          part: result.part ?? null,
        })),
    declined: answer.declined,
    total: answer.total,
    articleCount: answer.articleCount,
    declinedFor: answer.declined ? (answer.declinedFor ?? null) : null,
    missing: answer.declined ? [...(answer.missing ?? [])] : [],
  };
}
