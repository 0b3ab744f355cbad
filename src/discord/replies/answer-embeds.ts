// The embeds of an answer, shared by /ask and "Check against coverage": one embed a passage, the lead as a
// quotation, each with its one-line citation and the articles that also report it; the footer that carries the
// question back for "More results" and votes; the 👍/👎 buttons.
import type { APIButtonComponent, APIEmbed } from 'discord.js';
import { paragraphLabel } from '../../corpus/citation.js';
import type { SearchResult } from '../../search/index.js';
import { CLOSEST_COVERAGE_MARK, reportedBy } from '../../wording/answers.js';
import { plural } from '../../wording/words.js';
import { encodeVote } from '../components/custom-id.js';
import { MAX_EMBED_CHARACTERS_PER_MESSAGE, MAX_EMBED_DESCRIPTION_LENGTH } from '../reply-limits.js';
import { CITATION_HEADLINE_CHARACTERS, NAME_CHARACTERS, SECTION_CHARACTERS } from './budgets.js';
import { button } from './payload.js';
import { cutText, escapedName, formatSnippet, linkedHeadline, quotation, restoreMentions } from './text.js';

/** The accent colour of an answer: blue when the passages answer the question, amber for the closest coverage. */
export const TIER_COLOURS = { high: 0x3b82f6, low: 0xf59e0b } as const;

/** The lead passage may use most of its embed; the ones after it are kept short, so the answer reads first. */
const LEAD_SNIPPET_CHARACTERS = 1_200;
const FURTHER_SNIPPET_CHARACTERS = 280;
/** A further passage's embed: its snippet, and room for its citation and "Also reported by" line. */
const FURTHER_EMBED_CHARACTERS = FURTHER_SNIPPET_CHARACTERS + 420;
/** "Also reported by …" takes at most this, and at most a quarter of its embed. */
const ALSO_REPORTED_CHARACTERS = 400;
const ALSO_REPORTED_SHARE = 1 / 4;

/** What separates the footer's counts from the question it carries (read back by questionFromFooter). */
export const FOOTER_QUESTION_MARKER = ' · asked: ';
export const FOOTER_CHECK_MARKER = ' · checked: ';

/** The question the reply was for, read back from its footer (for "More results" and votes). */
export function questionFromFooter(footerText: string): string | undefined {
  for (const marker of [FOOTER_QUESTION_MARKER, FOOTER_CHECK_MARKER]) {
    const at = footerText.indexOf(marker);
    if (at >= 0) return restoreMentions(footerText.slice(at + marker.length));
  }
  return undefined;
}

/** 👍 and 👎: the vote's question and passages are read back from the message they sit on. */
export function voteButtons(): APIButtonComponent[] {
  return [
    button(encodeVote('up'), 'Useful', { emoji: '👍' }),
    button(encodeVote('down'), 'Not useful', { emoji: '👎' }),
  ];
}

/**
 * One embed per result, the first leading as a quotation, the last holding the footer; the 6,000 characters of one
 * message shared out after the footer, the lead taking what the others leave.
 */
export function answerEmbeds(
  results: readonly SearchResult[],
  articleCount: number,
  footerText: string,
  isFirstPage: boolean,
): APIEmbed[] {
  const room = MAX_EMBED_CHARACTERS_PER_MESSAGE - footerText.length;
  const perFurther = Math.min(Math.floor(room / results.length), FURTHER_EMBED_CHARACTERS);
  const leadBudget = room - perFurther * (results.length - 1);
  const embeds = results.map((result, index) =>
    resultEmbed(
      result,
      articleCount,
      index === 0 && isFirstPage
        ? { budget: leadBudget, isLead: true }
        : { budget: index === 0 ? leadBudget : perFurther, isLead: false },
    ),
  );
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text: footerText };
  return embeds;
}

/** `— Headline · Outlet · ¶ 10 · section “Why this matters…” · opinion · reported by 2 of 5 sources`: one line. */
type Cited = Pick<
  SearchResult,
  'title' | 'url' | 'outlet' | 'paragraph' | 'part' | 'section' | 'opinion' | 'reportedBy'
>;

export function citationLine(result: Cited, articleCount: number): string {
  const parts = [
    linkedHeadline(result.title, result.url, CITATION_HEADLINE_CHARACTERS),
    result.outlet ? escapedName(result.outlet, NAME_CHARACTERS) : undefined,
    paragraphLabel(result),
    result.section ? `section “${escapedName(result.section, SECTION_CHARACTERS)}”` : undefined,
    result.opinion ? '_opinion_' : undefined,
    result.reportedBy > 1 ? reportedBy(result.reportedBy, articleCount) : undefined,
  ];
  return `— ${parts.filter((part): part is string => Boolean(part)).join(' · ')}`;
}

function resultEmbed(
  result: SearchResult,
  articleCount: number,
  options: { budget: number; isLead: boolean },
): APIEmbed {
  const citation = citationLine(result, articleCount);
  const alsoRoom = Math.min(ALSO_REPORTED_CHARACTERS, Math.floor(options.budget * ALSO_REPORTED_SHARE));
  const also = result.alsoIn.length > 0 ? alsoReportedBy(result, alsoRoom) : '';
  // A further passage that is only the closest coverage says so, not by its colour alone.
  const closest = !options.isLead && result.confidence === 'low' ? `_${CLOSEST_COVERAGE_MARK}_` : '';
  const tail = [citation, also ? `Also reported by ${also}` : '', closest].filter(Boolean).join('\n');
  const snippetRoom = Math.min(MAX_EMBED_DESCRIPTION_LENGTH, options.budget) - tail.length - 1;
  const spans = result.snippetSpans.length > 0 ? result.snippetSpans : [{ text: result.text, marked: false }];
  const snippet = options.isLead
    ? quotation(spans, Math.min(LEAD_SNIPPET_CHARACTERS, snippetRoom))
    : formatSnippet(spans, Math.max(0, Math.min(FURTHER_SNIPPET_CHARACTERS, snippetRoom)));
  const description = snippet
    ? `${snippet}\n${tail}`
    : cutText(tail, Math.min(MAX_EMBED_DESCRIPTION_LENGTH, Math.max(1, options.budget)));
  return { description, color: TIER_COLOURS[result.confidence] };
}

/** Outlets or short headlines, cut at words, each with its ¶; "and N more" when they do not all fit in `max`. */
export function alsoReportedBy(result: Pick<SearchResult, 'alsoIn'>, max: number): string {
  const entries = result.alsoIn.map(
    (also) => `${escapedName(also.outlet ?? also.title, NAME_CHARACTERS)} (${paragraphLabel(also)})`,
  );
  for (let shown = entries.length; shown > 0; shown -= 1) {
    const rest = entries.length - shown;
    const value = entries.slice(0, shown).join(', ') + (rest > 0 ? `, and ${rest} more` : '');
    if (value.length <= max) return value;
  }
  return cutText(plural(entries.length, 'other source'), max);
}
