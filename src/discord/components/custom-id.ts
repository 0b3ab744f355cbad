// The custom_id codec: every button carries its whole state in its custom_id (at most 100 characters), so a
// button keeps working after the bot restarts. Nothing here is held in memory between interactions.
//
//   more:1:<sourceRef>:<offset>:<limit>:=<question>   the question itself, when it fits
//   more:1:<sourceRef>:<offset>:<limit>:#<hash>        a longer question: the reply's footer holds it verbatim and
//                                                      the hash proves the footer still says the same question
//   passage:<articleId>:<paragraph>                    or passage:~<hash>:<paragraph> for an id too long to fit
//   sources:<page>
//   vote:up | vote:down                                👍/👎 on an answer: the question and the passages rated are
//                                                      read from the message the buttons sit on
//   quotes:<page>:=<who>                               a page of /quotes (who is at most MAX_WHO_LENGTH characters)
//   publish                                            "Post in channel" under a private "Check against coverage"
//
// sourceRef is empty (all articles) or `~` plus a short hash of the article id, resolved against the current
// articles, so long article ids never crowd the question out.
import { createHash } from 'node:crypto';
import { MAX_CUSTOM_ID_LENGTH } from '../reply-limits.js';

export interface MoreResultsState {
  kind: 'more';
  /** A reference to the article the search was restricted to (see `articleRef`), or undefined for all. */
  sourceRef?: string;
  offset: number;
  limit: number;
  /** Present when the question fitted in the custom_id. */
  question?: string;
  /** Present otherwise: `questionHash(question)` of the question in the reply's footer. */
  questionHash?: string;
}

export interface FullPassageState {
  kind: 'passage';
  /** An article id, or `~<hash>` (see `articleRef`) when the id is too long to fit. */
  articleRef: string;
  paragraph: number;
}

export interface SourcesPageState {
  kind: 'sources';
  page: number;
}

export interface VoteState {
  kind: 'vote';
  vote: 'up' | 'down';
}

export interface QuotesPageState {
  kind: 'quotes';
  page: number;
  who: string;
}

export interface PublishState {
  kind: 'publish';
}

export type ComponentState =
  MoreResultsState | FullPassageState | SourcesPageState | VoteState | QuotesPageState | PublishState;

/** The longest `who` /quotes takes: short enough that its page buttons carry it whole. */
export const MAX_WHO_LENGTH = 80;

const MORE_VERSION = '1';
const HASH_LENGTH = 10;

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, HASH_LENGTH);
}

/** A short, stable stand-in for an article id: `~` plus a hash of the id. */
export function hashedArticleRef(articleId: string): string {
  return `~${shortHash(articleId)}`;
}

export function questionHash(question: string): string {
  return shortHash(question);
}

/** The id of the article a reference names, among `articleIds`; undefined when none does any more. */
export function resolveArticleRef(ref: string, articleIds: readonly string[]): string | undefined {
  if (!ref.startsWith('~')) return articleIds.includes(ref) ? ref : undefined;
  return articleIds.find((id) => hashedArticleRef(id) === ref);
}

export function encodeMoreResults(state: {
  sourceId?: string;
  offset: number;
  limit: number;
  question: string;
}): string {
  const source = state.sourceId === undefined ? '' : hashedArticleRef(state.sourceId);
  const head = `more:${MORE_VERSION}:${source}:${state.offset}:${state.limit}:`;
  const inline = `${head}=${state.question}`;
  return inline.length <= MAX_CUSTOM_ID_LENGTH ? inline : `${head}#${questionHash(state.question)}`;
}

export function encodeFullPassage(articleId: string, paragraph: number): string {
  const readable = `passage:${articleId}:${paragraph}`;
  return readable.length <= MAX_CUSTOM_ID_LENGTH && !articleId.startsWith('~')
    ? readable
    : `passage:${hashedArticleRef(articleId)}:${paragraph}`;
}

export function encodeSourcesPage(page: number): string {
  return `sources:${page}`;
}

export function encodeVote(vote: 'up' | 'down'): string {
  return `vote:${vote}`;
}

export function encodeQuotesPage(page: number, who: string): string {
  return `quotes:${page}:=${who.slice(0, MAX_WHO_LENGTH)}`;
}

export function encodePublish(): string {
  return 'publish';
}

const wholeNumber = /^(0|[1-9]\d{0,5})$/;

/** The state a custom_id carries, or undefined when it is not one of ours (an older version, or garbage). */
export function decodeCustomId(customId: string): ComponentState | undefined {
  if (customId.startsWith('more:')) return decodeMoreResults(customId);
  if (customId.startsWith('passage:')) {
    const rest = customId.slice('passage:'.length);
    const split = rest.lastIndexOf(':');
    const articleRef = rest.slice(0, split);
    const paragraph = rest.slice(split + 1);
    if (split < 1 || !wholeNumber.test(paragraph) || Number(paragraph) < 1) return undefined;
    return { kind: 'passage', articleRef, paragraph: Number(paragraph) };
  }
  if (customId === 'vote:up' || customId === 'vote:down')
    return { kind: 'vote', vote: customId === 'vote:up' ? 'up' : 'down' };
  if (customId === 'publish') return { kind: 'publish' };
  if (customId.startsWith('quotes:')) {
    const [, page, ...rest] = customId.split(':');
    const who = rest.join(':');
    return page !== undefined && wholeNumber.test(page) && who.startsWith('=') && who.length > 1
      ? { kind: 'quotes', page: Number(page), who: who.slice(1) }
      : undefined;
  }
  if (customId.startsWith('sources:')) {
    const page = customId.slice('sources:'.length);
    return wholeNumber.test(page) ? { kind: 'sources', page: Number(page) } : undefined;
  }
  return undefined;
}

function decodeMoreResults(customId: string): MoreResultsState | undefined {
  const parts = customId.split(':');
  const [, version, sourceRef, offset, limit] = parts;
  // The question is everything after the fifth colon: it may contain colons itself.
  const questionPart = parts.slice(5).join(':');
  if (version !== MORE_VERSION || sourceRef === undefined || offset === undefined || limit === undefined)
    return undefined;
  if (!wholeNumber.test(offset) || !wholeNumber.test(limit) || Number(limit) < 1) return undefined;
  if (sourceRef !== '' && !sourceRef.startsWith('~')) return undefined;
  const state: MoreResultsState = { kind: 'more', offset: Number(offset), limit: Number(limit) };
  if (sourceRef !== '') state.sourceRef = sourceRef;
  if (questionPart.startsWith('=')) state.question = questionPart.slice(1);
  else if (questionPart.startsWith('#') && questionPart.length === 1 + HASH_LENGTH)
    state.questionHash = questionPart.slice(1);
  else return undefined;
  return state;
}
