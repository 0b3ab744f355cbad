// The one formatter: builds every payload the bot sends, owns Discord's limits (reply-limits.ts), escapes every
// piece of echoed text, and sets `allowedMentions: { parse: [] }` on every reply so nothing can ever ping.
import { LOW_CONFIDENCE_NOTE } from '../wording/answers.js';
import { ButtonStyle, ComponentType, MessageFlags, escapeMarkdown } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { paragraphLabel } from '../corpus/citation.js';
import type { Passage } from '../corpus/types.js';
import type { Answer, ArticleAccount, Comparison, Quotes, SearchResult, SnippetSpan, SourceSummary } from '../search/index.js';
import { encodeFullPassage, encodeMoreResults, encodePublish, encodeQuotesPage, encodeSourcesPage, encodeVote, MAX_WHO_LENGTH } from './components/custom-id.js';
import {
  MAX_ACTION_ROWS,
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_BUTTONS_PER_ROW,
  MAX_CHOICE_NAME_LENGTH,
  MAX_CHOICE_VALUE_LENGTH,
  MAX_EMBED_CHARACTERS_PER_MESSAGE,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FIELD_NAME_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_PER_MESSAGE,
  MAX_MESSAGE_LENGTH,
} from './reply-limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** What a handler passes to reply, followUp, editReply or update. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  allowedMentions: { parse: never[] };
  flags?: MessageFlags.Ephemeral;
}

export interface SourceChoice {
  name: string;
  value: string;
}

const ELLIPSIS = '…';
const noMentions = (): { parse: never[] } => ({ parse: [] });

// ── Text: cutting and escaping ─────────────────────────────────────────────────────────────────────────────────

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

function restoreMentions(text: string): string {
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
      out += ` [${escapeText(cutText(span.speaker, 80))}]`;
    }
  }
  flushBold();
  return isCut ? `${out.trimEnd()}${ELLIPSIS}` : out;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function button(
  customId: string,
  label: string,
  options: { style?: ButtonStyle.Primary | ButtonStyle.Secondary; disabled?: boolean; emoji?: string } = {},
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: options.style ?? ButtonStyle.Secondary,
    custom_id: customId,
    label,
    disabled: options.disabled ?? false,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
  };
}

function row(buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, MAX_BUTTONS_PER_ROW) };
}

/** A headline as an embed title: Markdown escaped, cut to fit. */
function headlineTitle(title: string, max = MAX_EMBED_TITLE_LENGTH): string {
  return fitEscaped(title, max) || ELLIPSIS;
}

/** Only http(s) links become embed URLs; anything else would make Discord reject the whole reply. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/\S+$/i.test(url) && url.length <= 2_000 ? url : undefined;
}

// ── /ask ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface AskReplyInput {
  /** The question as the user typed it. */
  question: string;
  answer: Answer;
  /** How many results a page shows (the `results` option). */
  limit: number;
  /** How many confident results came before this page (0 for the first reply). */
  offset: number;
  /** The article id the search was restricted to, if any. */
  sourceId?: string;
  isPrivate: boolean;
}

const FOOTER_QUESTION_MARKER = ' · asked: ';
/** The accent colour of an answer: blue when the passages answer the question, amber for the closest coverage. */
export const TIER_COLOURS = { high: 0x3b82f6, low: 0xf59e0b } as const;
export { LOW_CONFIDENCE_NOTE };
/** The lead passage may use most of its embed; the ones after it are kept short, so the answer reads first. */
const LEAD_SNIPPET_CHARACTERS = 1_200;
const FURTHER_SNIPPET_CHARACTERS = 280;
const CITATION_HEADLINE_CHARACTERS = 100;
const ALSO_NAME_CHARACTERS = 60;

/**
 * Answered: the best passage leads as a quotation, its citation on one line under it; further passages follow,
 * shorter. One embed per passage (accent colour per confidence tier), the footer counting matches; buttons for the
 * full passages, the next page, and 👍/👎.
 */
export function formatAskReply(input: AskReplyInput): ReplyPayload {
  const { answer, question, offset } = input;
  if (answer.declined || answer.results.length === 0) {
    return offset > 0 ? noMoreResultsReply() : declinedReply(question);
  }
  const results = answer.results.slice(0, Math.min(MAX_EMBEDS_PER_MESSAGE, MAX_BUTTONS_PER_ROW));
  const shownTo = offset + results.length;
  const footerText = cutText(
    `${plural(answer.total, 'passage')} matched · showing ${offset + 1}–${shownTo}${FOOTER_QUESTION_MARKER}${neutralizeMentions(question)}`,
    MAX_EMBED_FOOTER_LENGTH,
  );
  const embeds = answerEmbeds(results, answer.articleCount, footerText, offset === 0);
  const passageButtons = results.map((result, index) =>
    button(encodeFullPassage(result.articleId, result.paragraph), results.length === 1 ? 'Full passage' : `Full passage ${offset + index + 1}`),
  );
  const actions: APIButtonComponent[] = [];
  if (shownTo < answer.total) {
    const moreState = { offset: shownTo, limit: input.limit, question, ...(input.sourceId === undefined ? {} : { sourceId: input.sourceId }) };
    actions.push(button(encodeMoreResults(moreState), 'More results', { style: ButtonStyle.Primary }));
  }
  actions.push(...voteButtons());
  const isLow = results[0]?.confidence === 'low';
  return {
    ...(isLow ? { content: LOW_CONFIDENCE_NOTE } : {}),
    embeds,
    components: [row(actions), row(passageButtons)],
    allowedMentions: noMentions(),
    ...(input.isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** 👍 and 👎: the vote's question and passages are read back from the message they sit on. */
function voteButtons(): APIButtonComponent[] {
  return [
    button(encodeVote('up'), 'Useful', { emoji: '👍' }),
    button(encodeVote('down'), 'Not useful', { emoji: '👎' }),
  ];
}

/**
 * One embed per result, the first leading as a quotation, the last holding the footer; the 6,000 characters of one
 * message shared out after the footer, the lead taking what the others leave.
 */
function answerEmbeds(results: readonly SearchResult[], articleCount: number, footerText: string, isFirstPage: boolean): APIEmbed[] {
  const room = MAX_EMBED_CHARACTERS_PER_MESSAGE - footerText.length;
  const perFurther = Math.min(Math.floor(room / results.length), FURTHER_SNIPPET_CHARACTERS + 420);
  const leadBudget = room - perFurther * (results.length - 1);
  const embeds = results.map((result, index) =>
    resultEmbed(result, articleCount, index === 0 && isFirstPage ? { budget: leadBudget, isLead: true } : { budget: index === 0 ? leadBudget : perFurther, isLead: false }),
  );
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text: footerText };
  return embeds;
}

/** A headline or outlet cut to `max` at a word boundary (mid-word only for a single long word), never escaped yet. */
function shortName(text: string, max: number): string {
  const clean = stripControls(text).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  const lastSpace = clean.slice(0, room + 1).lastIndexOf(' ');
  return `${clean.slice(0, lastSpace > 0 ? lastSpace : room).trimEnd()}${ELLIPSIS}`;
}

/** `[Headline](url)` when the article has a usable URL, else the headline; escaped, cut at a word. */
function linkedHeadline(title: string, url: string | undefined, max: number): string {
  const safe = safeUrl(url);
  const text = fitEscaped(shortName(title, max), max + 20).replace(/[[\]]/g, '') || ELLIPSIS;
  return safe ? `[${text}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : text;
}

/** `— Headline · Outlet · ¶ 10 · section “Why this matters…” · opinion · reported by 2 of 5 sources`: one line. */
type Cited = Pick<SearchResult, 'title' | 'url' | 'outlet' | 'paragraph' | 'part' | 'section' | 'opinion' | 'reportedBy'>;

function citationLine(result: Cited, articleCount: number): string {
  const parts = [
    linkedHeadline(result.title, result.url, CITATION_HEADLINE_CHARACTERS),
    result.outlet ? fitEscaped(shortName(result.outlet, 60), 80) : undefined,
    paragraphLabel(result),
    result.section ? `section “${fitEscaped(shortName(result.section, 80), 100)}”` : undefined,
    result.opinion ? '_opinion_' : undefined,
    result.reportedBy > 1 ? `reported by ${result.reportedBy} of ${articleCount} sources` : undefined,
  ];
  return `— ${parts.filter((part): part is string => Boolean(part)).join(' · ')}`;
}

function resultEmbed(result: SearchResult, articleCount: number, options: { budget: number; isLead: boolean }): APIEmbed {
  const citation = citationLine(result, articleCount);
  const also = result.alsoIn.length > 0 ? alsoReportedBy(result, Math.min(400, Math.floor(options.budget / 4))) : '';
  const tail = [citation, also ? `Also reported by ${also}` : ''].filter(Boolean).join('\n');
  const snippetRoom = Math.min(MAX_EMBED_DESCRIPTION_LENGTH, options.budget) - tail.length - 1;
  const spans = result.snippetSpans.length > 0 ? result.snippetSpans : [{ text: result.text, marked: false }];
  const snippet = options.isLead
    ? quotation(spans, Math.min(LEAD_SNIPPET_CHARACTERS, snippetRoom))
    : formatSnippet(spans, Math.max(0, Math.min(FURTHER_SNIPPET_CHARACTERS, snippetRoom)));
  const description = snippet ? `${snippet}\n${tail}` : cutText(tail, Math.min(MAX_EMBED_DESCRIPTION_LENGTH, Math.max(1, options.budget)));
  return { description, color: TIER_COLOURS[result.confidence] };
}

/** The spans as a Markdown block quote (`> ` on every line), within `max`. */
function quotation(spans: readonly SnippetSpan[], max: number): string {
  const lines = spans.reduce((count, span) => count + (span.text.match(/\n/g)?.length ?? 0), 1);
  const body = formatSnippet(spans, Math.max(0, max - 2 * lines));
  return body ? body.split('\n').map((line) => `> ${line}`).join('\n') : '';
}

/** Outlets or short headlines, cut at words, each with its ¶; "and N more" when they do not all fit in `max`. */
function alsoReportedBy(result: Pick<SearchResult, 'alsoIn'>, max: number): string {
  const entries = result.alsoIn.map((also) => `${fitEscaped(shortName(also.outlet ?? also.title, ALSO_NAME_CHARACTERS), ALSO_NAME_CHARACTERS + 20)} (${paragraphLabel(also)})`);
  for (let shown = entries.length; shown > 0; shown -= 1) {
    const rest = entries.length - shown;
    const value = entries.slice(0, shown).join(', ') + (rest > 0 ? `, and ${rest} more` : '');
    if (value.length <= max) return value;
  }
  return cutText(`${plural(entries.length, 'other source')}`, max);
}

/** The question the reply was for, read back from its footer (for "More results" and votes). */
export function questionFromFooter(footerText: string): string | undefined {
  for (const marker of [FOOTER_QUESTION_MARKER, FOOTER_CHECK_MARKER]) {
    const at = footerText.indexOf(marker);
    if (at >= 0) return restoreMentions(footerText.slice(at + marker.length));
  }
  return undefined;
}

export function declinedReply(question: string): ReplyPayload {
  return notice(
    `The coverage doesn't answer “${fitEscaped(question, 300)}”. Tip: rephrase with a name or a word from the story, or run /sources to see what is covered.`,
  );
}

export function noMoreResultsReply(): ReplyPayload {
  return notice('There are no more results for that question. Try /ask with other words for a different angle.');
}

// ── "Check against coverage" ───────────────────────────────────────────────────────────────────────────────────

const FOOTER_CHECK_MARKER = ' · checked: ';

/**
 * The answer to "Check against coverage", privately: the passages that speak to the message, answer first as for
 * /ask, with "Post in channel" to share it, 👍/👎, and the full passages. The footer holds what was searched for.
 */
export function formatCheckReply(input: { searched: string; answer: Answer }): ReplyPayload {
  const { answer, searched } = input;
  if (answer.declined || answer.results.length === 0) {
    return notice(`The coverage doesn't speak to that message (searched for “${fitEscaped(searched, 300)}”). Run /sources to see what is covered.`);
  }
  const results = answer.results.slice(0, Math.min(MAX_EMBEDS_PER_MESSAGE, MAX_BUTTONS_PER_ROW));
  const footerText = cutText(`${plural(answer.total, 'passage')} matched${FOOTER_CHECK_MARKER}${neutralizeMentions(searched)}`, MAX_EMBED_FOOTER_LENGTH);
  const embeds = answerEmbeds(results, answer.articleCount, footerText, true);
  const passageButtons = results.map((result, index) => button(encodeFullPassage(result.articleId, result.paragraph), results.length === 1 ? 'Full passage' : `Full passage ${index + 1}`));
  return {
    ...(results[0]?.confidence === 'low' ? { content: LOW_CONFIDENCE_NOTE } : {}),
    embeds,
    components: [row([button(encodePublish(), 'Post in channel', { style: ButtonStyle.Primary }), ...voteButtons()]), row(passageButtons)],
    allowedMentions: noMentions(),
    flags: MessageFlags.Ephemeral,
  };
}

/**
 * A private check made public: the same embeds and buttons (but "Post in channel"), and who shared it. The mention
 * names the person without pinging them (no mentions are allowed).
 */
export function formatPublishedCheck(input: { embeds: readonly APIEmbed[]; components: readonly ButtonRow[]; userId: string }): ReplyPayload {
  const components = input.components
    .map((buttons) => row(buttons.components.filter((component) => !('custom_id' in component) || component.custom_id !== encodePublish())))
    .filter((buttons) => buttons.components.length > 0);
  const userId = /^\d{1,20}$/.test(input.userId) ? input.userId : '';
  return {
    content: userId ? `<@${userId}> checked a message against the coverage:` : 'A message checked against the coverage:',
    embeds: input.embeds.slice(0, MAX_EMBEDS_PER_MESSAGE).map((embed) => ({ ...embed })),
    components: components.slice(0, MAX_ACTION_ROWS),
    allowedMentions: noMentions(),
  };
}

export function nothingToCheckReply(): ReplyPayload {
  return notice('That message has no words to check against the coverage (only links, mentions or emoji). Try /ask with the claim in your own words.');
}

// ── Feedback ───────────────────────────────────────────────────────────────────────────────────────────────────

export function voteRecordedReply(vote: 'up' | 'down'): ReplyPayload {
  return notice(
    vote === 'up'
      ? 'Thanks — 👍 recorded.'
      : 'Thanks — 👎 recorded. Questions the coverage answers badly go to the maintainer, who adds articles that answer them.',
  );
}

export function voteNotRecordedReply(): ReplyPayload {
  return notice('That vote could not be recorded (the answer it was for is no longer readable). Ask again with /ask.');
}

// ── /quotes ────────────────────────────────────────────────────────────────────────────────────────────────────

export const STATEMENTS_PER_PAGE = 5;
const STATEMENT_CHARACTERS = 600;

/** Who the statements are by, as a title: `What Claudia Sheinbaum said in the coverage`. */
function quotesTitle(quotes: Quotes): string {
  const names = quotes.people.map((name) => shortName(name, 60));
  const who = names.length <= 1 ? (names[0] ?? quotes.who) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `What ${fitEscaped(shortName(who, 180), 220)} said in the coverage`;
}

/**
 * /quotes: a page of statements (5 a page), each a quotation with its one-line citation, in article order, with
 * Previous/Next when there are more; "not quoted in the coverage" when there are none.
 */
export function formatQuotesReply(quotes: Quotes, requestedPage: number, options: { isPrivate: boolean }): ReplyPayload {
  if (quotes.statements.length === 0) {
    return notice(
      `${fitEscaped(shortName(quotes.who, 100), 160) || 'That person'} is not quoted in the coverage. Pick a name from the suggestions of /quotes, or try /ask.`,
    );
  }
  const pages = Math.ceil(quotes.statements.length / STATEMENTS_PER_PAGE);
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const shown = quotes.statements.slice(page * STATEMENTS_PER_PAGE, (page + 1) * STATEMENTS_PER_PAGE);
  const perStatement = Math.floor((MAX_EMBED_DESCRIPTION_LENGTH - 20) / shown.length) - 2;
  const blocks = shown.map((statement) => {
    const citation = citationLine(statement, quotes.articleCount);
    const also = statement.alsoIn.length > 0 ? `\nAlso reported by ${alsoReportedBy(statement, 300)}` : '';
    const room = Math.min(STATEMENT_CHARACTERS, perStatement - citation.length - also.length - 1);
    const quote = quotation(statement.spans, room);
    return cutText(`${quote}\n${citation}${also}`, perStatement);
  });
  const footer = `${pages > 1 ? `Page ${page + 1} of ${pages} · ` : ''}${plural(quotes.statements.length, 'statement')} in article order · ${quotes.articleCount} articles`;
  const embed: APIEmbed = { title: quotesTitle(quotes), description: blocks.join('\n\n'), footer: { text: footer }, color: TIER_COLOURS.high };
  const payload: ReplyPayload = { embeds: [embed], allowedMentions: noMentions(), ...(options.isPrivate ? { flags: MessageFlags.Ephemeral } : {}) };
  if (pages > 1) {
    const who = stripControls(quotes.who);
    payload.components = [
      row([
        button(encodeQuotesPage(Math.max(0, page - 1), who), 'Previous', { disabled: page === 0 }),
        button(encodeQuotesPage(Math.min(pages - 1, page + 1), who), 'Next', { disabled: page === pages - 1 }),
      ]),
    ];
    // Two disabled buttons may carry the same page: keep their custom_ids distinct, as Discord requires.
    const [previous, next] = payload.components[0]?.components ?? [];
    if (previous && next && 'custom_id' in previous && 'custom_id' in next && previous.custom_id === next.custom_id) next.custom_id = encodeQuotesPage(pages, who);
  }
  return payload;
}

/**
 * Autocomplete for a free-text option: what was typed comes first (so it can be sent as typed), then the names that
 * contain it; at most 25, each name and value within 100 characters.
 */
export function formatFreeTextChoices(names: readonly string[], typed: string): SourceChoice[] {
  const raw = stripControls(typed).replace(/\s+/g, ' ').trim().slice(0, MAX_WHO_LENGTH);
  const needle = raw.toLowerCase();
  const choices: SourceChoice[] = raw ? [{ name: cutText(raw, MAX_CHOICE_NAME_LENGTH), value: raw }] : [];
  for (const name of names) {
    const clean = stripControls(name).trim().slice(0, MAX_CHOICE_VALUE_LENGTH);
    if (!clean || clean.toLowerCase() === needle || (needle && !clean.toLowerCase().includes(needle))) continue;
    choices.push({ name: cutText(clean, MAX_CHOICE_NAME_LENGTH), value: clean });
  }
  return choices.slice(0, MAX_AUTOCOMPLETE_CHOICES);
}

// ── Usage ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** For an empty or meta question ("hi", "help", "tldr"): what the bot does, and the commands to do it with. */
export function usageReply(): ReplyPayload {
  return notice(
    [
      'I answer questions about the news coverage from the articles themselves, with citations. Try:',
      '• /ask question: what did Sheinbaum say about sovereignty',
      '• /quotes who: Sheinbaum — everything the articles quote a person saying',
      '• /compare topic: land strikes — how each article reports it',
      '• /sources — the articles I answer from',
      'Or right-click a message → Apps → Check against coverage.',
    ].join('\n'),
  );
}

// ── /compare ───────────────────────────────────────────────────────────────────────────────────────────────────

/** What names an article: its outlet, or its headline when the outlet is unknown (most of the corpus). */
function accountName(account: { outlet?: string; title: string }, max: number): string {
  return fitEscaped(account.outlet ?? account.title, max) || ELLIPSIS;
}

/** `¶ 6 · Section · _opinion_` and, when other articles fold with it, `same account as: Outlet ¶ 5, …`. */
function accountCitation(account: ArticleAccount, max: number): string {
  const passage = account.passage;
  if (passage === null) {
    const names = account.unmentioned.map((name) => fitEscaped(name, 60));
    const never = names.length <= 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return cutText(never ? `_not covered: never mentions ${never}_` : '_not covered_', max);
  }
  const place = [
    account.outlet ? fitEscaped(account.title, 120) : undefined,
    paragraphLabel(passage),
    passage.section ? fitEscaped(passage.section, 100) : undefined,
    passage.opinion ? '_opinion_' : undefined,
  ].filter((part): part is string => Boolean(part));
  const lines = [place.join(' · ')];
  if (account.coverage === 'same-account') lines.push('_the same account in other words: found by resemblance, not by the topic’s words_');
  if (account.sameAs.length > 0) {
    const others = account.sameAs.map((other) => `${accountName(other, 60)} ${paragraphLabel(other)}`);
    lines.push(`same account as: ${others.join(', ')}`);
  }
  return cutText(lines.join('\n'), max);
}

function accountField(account: ArticleAccount, position: number, budget: number): APIEmbedField {
  const name = `${position}. ${accountName(account, MAX_EMBED_FIELD_NAME_LENGTH - 8)}`;
  const valueBudget = Math.min(MAX_EMBED_FIELD_VALUE_LENGTH, Math.max(0, budget - name.length));
  const citation = accountCitation(account, Math.floor(valueBudget / 2));
  if (account.passage === null) return { name, value: citation };
  const spans = account.passage.snippetSpans.length > 0 ? account.passage.snippetSpans : [{ text: account.passage.text, marked: false }];
  const snippet = formatSnippet(spans, Math.max(0, valueBudget - citation.length - 1));
  return { name, value: snippet ? `${snippet}\n${citation}` : citation };
}

/** The title line: `4 of 5 articles cover “topic”` (and how many more tell the same account in other words). */
function comparisonTitle(comparison: Comparison): string {
  const prefix = `${comparison.covered} of ${plural(comparison.articleCount, 'article')} ${comparison.covered === 1 ? 'covers' : 'cover'} “`;
  return `${prefix}${fitEscaped(comparison.topic, MAX_EMBED_TITLE_LENGTH - prefix.length - 1)}”`;
}

/**
 * /compare: one message, one embed, one field per article (most complete account first), each its snippet and
 * citation, within the 25 fields, 1,024 characters a value and 6,000 a message. A topic no article covers gets
 * the ephemeral decline, like /ask.
 */
export function formatCompareReply(comparison: Comparison, options: { isPrivate: boolean }): ReplyPayload {
  if (comparison.declined) {
    return notice(
      `None of the ${plural(comparison.articleCount, 'article')} cover “${fitEscaped(comparison.topic, 300)}”. Tip: use a name or a word from the story, or run /sources to see what is covered.`,
    );
  }
  const title = comparisonTitle(comparison);
  const extra = comparison.sameAccountOnly > 0 ? `${comparison.sameAccountOnly} more ${comparison.sameAccountOnly === 1 ? 'tells' : 'tell'} the same account in other words. ` : '';
  const overflow = comparison.accounts.length > MAX_EMBED_FIELDS ? comparison.accounts.length - (MAX_EMBED_FIELDS - 1) : 0;
  const shown = overflow > 0 ? comparison.accounts.slice(0, MAX_EMBED_FIELDS - 1) : comparison.accounts;
  const description = `${extra}Most complete account first.`;
  const overflowField: APIEmbedField | null = overflow > 0 ? { name: `and ${plural(overflow, 'more article')}`, value: 'Not shown: one message holds 25 fields. Run npm run compare for all.' } : null;
  const fixedSize = title.length + description.length + (overflowField ? overflowField.name.length + overflowField.value.length : 0);
  const perField = Math.floor((MAX_EMBED_CHARACTERS_PER_MESSAGE - fixedSize - 50) / Math.max(1, shown.length));
  const fields = shown.map((account, index) => accountField(account, index + 1, perField));
  if (overflowField) fields.push(overflowField);
  return {
    embeds: [{ title, description, fields }],
    allowedMentions: noMentions(),
    ...(options.isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

// ── Full passage ───────────────────────────────────────────────────────────────────────────────────────────────

export interface FullPassageInput {
  article: { title: string; url?: string; outlet?: string };
  passage: Passage;
  before?: Passage;
  after?: Passage;
}

/** The whole paragraph with its neighbours, ephemeral; the neighbours are cut first when space runs short. */
export function formatFullPassageReply(input: FullPassageInput): ReplyPayload {
  const { passage, before, after, article } = input;
  const label = (p: Passage) => `**${paragraphLabel(p)}**${p.opinion ? ' _opinion_' : ''}`;
  const separator = '\n\n';
  const main = `${label(passage)}\n${fitEscaped(passage.text, MAX_EMBED_DESCRIPTION_LENGTH - 40)}`;
  const room = MAX_EMBED_DESCRIPTION_LENGTH - main.length;
  const neighbour = (p: Passage | undefined) => {
    if (!p) return '';
    const share = Math.floor(room / 2) - separator.length - label(p).length - 2;
    if (share < 40) return '';
    return `${label(p)}\n${fitEscaped(p.text, share)}`;
  };
  const beforeText = neighbour(before);
  const afterText = neighbour(after);
  const description = [beforeText, main, afterText].filter(Boolean).join(separator);
  const footerParts = [article.outlet, passage.section ? `section: ${passage.section}` : undefined].filter(Boolean).join(' · ');
  const embed: APIEmbed = { title: headlineTitle(article.title), description };
  const url = safeUrl(article.url);
  if (url) embed.url = url;
  if (footerParts) embed.footer = { text: cutText(neutralizeMentions(footerParts), 500) };
  return { embeds: [embed], allowedMentions: noMentions(), flags: MessageFlags.Ephemeral };
}

export function passageGoneReply(): ReplyPayload {
  return notice('That passage is no longer in the coverage (the articles changed since this reply). Ask again with /ask.');
}

// ── /sources ───────────────────────────────────────────────────────────────────────────────────────────────────

const SOURCES_PAGE_CHARACTERS = MAX_EMBED_CHARACTERS_PER_MESSAGE - 300;

function sourceField(source: SourceSummary): APIEmbedField {
  const details = [
    source.outlet ? fitEscaped(source.outlet, 80) : undefined,
    source.author ? `by ${fitEscaped(source.author, 120)}` : undefined,
    source.published,
    plural(source.paragraphs, 'paragraph'),
  ].filter((part): part is string => Boolean(part));
  const id = `id \`${cutText(source.id.replace(/`/g, "'"), 100)}\``;
  const url = safeUrl(source.url);
  const link = url && url.length <= 400 ? ` · [link](${url})` : '';
  return { name: headlineTitle(source.title, MAX_EMBED_FIELD_NAME_LENGTH), value: cutText(`${details.join(' · ')}\n${id}${link}`, MAX_EMBED_FIELD_VALUE_LENGTH) };
}

/** Fields split into pages that each fit one embed (at most 25 fields and the message's character budget). */
function paginate(fields: APIEmbedField[]): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [];
  let page: APIEmbedField[] = [];
  let characters = 0;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (page.length > 0 && (page.length === MAX_EMBED_FIELDS || characters + size > SOURCES_PAGE_CHARACTERS)) {
      pages.push(page);
      page = [];
      characters = 0;
    }
    page.push(field);
    characters += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Every article with headline, outlet, author, date and paragraph count; pages with Previous/Next when needed. */
export function formatSourcesReply(sources: readonly SourceSummary[], requestedPage = 0): ReplyPayload {
  if (sources.length === 0) {
    return notice('No articles are loaded yet: the corpus directory is empty or every file in it has a problem (see the bot’s log).');
  }
  const pages = paginate(sources.map(sourceField));
  const page = Math.min(Math.max(0, requestedPage), pages.length - 1);
  const footer = pages.length > 1 ? `Page ${page + 1} of ${pages.length} · ${plural(sources.length, 'article')}` : plural(sources.length, 'article');
  const embed: APIEmbed = {
    title: 'Sources the bot answers from',
    fields: pages[page] ?? [],
    footer: { text: footer },
  };
  const payload: ReplyPayload = { embeds: [embed], allowedMentions: noMentions() };
  if (pages.length > 1) {
    payload.components = [
      row([
        button(encodeSourcesPage(Math.max(0, page - 1)), 'Previous', { disabled: page === 0 }),
        button(encodeSourcesPage(Math.min(pages.length - 1, page + 1)), 'Next', { disabled: page === pages.length - 1 }),
      ]),
    ];
  }
  return payload;
}

/** Autocomplete for `source`: articles whose headline or id contains what was typed, ≤ 25, names ≤ 100. */
export function formatSourceChoices(sources: readonly { id: string; title: string }[], typed: string): SourceChoice[] {
  const needle = typed.trim().toLowerCase();
  return sources
    .filter((source) => source.id.length <= MAX_CHOICE_VALUE_LENGTH)
    .filter((source) => !needle || source.title.toLowerCase().includes(needle) || source.id.toLowerCase().includes(needle))
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((source) => ({ name: cutText(source.title.trim() || source.id, MAX_CHOICE_NAME_LENGTH), value: source.id }));
}

// ── Notices ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A short ephemeral text reply. */
export function notice(text: string): ReplyPayload {
  return { content: cutText(text, MAX_MESSAGE_LENGTH), allowedMentions: noMentions(), flags: MessageFlags.Ephemeral };
}

export function somethingWentWrongReply(): ReplyPayload {
  return notice('Something went wrong while answering. It has been logged; please try again in a moment.');
}

export function unknownCommandReply(name: string): ReplyPayload {
  return notice(`I don't know the command /${fitEscaped(name, 40)} (it may be from an older version of the bot). Try /ask, /quotes, /compare or /sources.`);
}

export function unknownComponentReply(): ReplyPayload {
  return notice('This button is from an older version of the bot and no longer works. Run the command again.');
}

export function expiredButtonReply(): ReplyPayload {
  return notice('This button no longer matches its question. Ask again with /ask.');
}

export function cooldownReply(retryAfterMs: number): ReplyPayload {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1_000));
  return notice(`You're asking faster than I can keep up with. Please wait ${plural(seconds, 'second')} and try again.`);
}

export function unknownSourceReply(typed: string): ReplyPayload {
  return notice(
    `No article matches “${fitEscaped(typed, 100)}”. Pick one of the suggestions in the source option, or run /sources to see every article's id.`,
  );
}

