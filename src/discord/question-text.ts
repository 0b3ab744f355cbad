// What of a question typed in Discord is a question: Discord's mention and emoji markup names people, roles and
// channels of the server, never words of the articles, so it is left out of the search (the reply still echoes
// the question as typed, escaped). Also: which questions are not questions at all ("hi", "help"), and what of a
// posted message ("Check against coverage") is worth searching for.
import { STOPWORDS } from '../search/index.js';
import { MAX_QUESTION_LENGTH } from './reply-limits.js';

/** `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</ask:123>`, `<:name:123>`, `<a:name:123>`, `<t:1700000000:R>`. */
const MARKUP = /<(?:@[!&]?\d+|#\d+|\/[\w -]+:\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?)>/g;
/** `@everyone` and `@here` (the words after them are the question). */
const BROADCAST = /@(?:everyone|here)\b/gi;
/** Links, bare or in angle brackets, and the target of a Markdown link ([text](url) keeps its text). */
const LINK = /<?\bhttps?:\/\/[^\s<>]+>?/gi;
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]+>?\s*\)/gi;

/** The question as the engine should read it: markup removed, white space folded. */
export function searchableQuestion(typed: string): string {
  return typed.replace(MARKUP, ' ').replace(BROADCAST, ' ').replace(/\s+/g, ' ').trim();
}

// Greetings and requests for help: what someone types to find out what the bot does, not a question about the news.
const META_QUESTIONS = new Set([
  'hi',
  'hello',
  'hey',
  'yo',
  'help',
  'tldr',
  'tl dr',
  'tl;dr',
  'test',
  'testing',
  'ping',
  'thanks',
  'thank you',
  'what can you do',
  'how does this work',
  'how do i use this',
  'what is this',
  'who are you',
  'usage',
  'commands',
  '?',
]);

/** An empty question, or one that asks about the bot rather than the coverage ("hi", "help", "tldr"). */
export function isMetaQuestion(typed: string): boolean {
  const words = searchableQuestion(typed)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}?; ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '' || words.replace(/[?;]/g, '').trim() === '') return true;
  return META_QUESTIONS.has(words) || META_QUESTIONS.has(words.replace(/[?!.]+$/, '').trim());
}

/** How many key terms a long message is reduced to: about what a spoken question holds. */
export const MAX_KEY_TERMS = 12;

/**
 * What to search for in a posted message: its text without mentions, emoji and links; a message longer than a
 * question reduced to its key terms (names first, then the words it opens with; stopwords out) in reading order.
 * Empty when nothing is left (a link only).
 */
export function checkableText(message: string): string {
  const text = searchableQuestion(message.replace(MARKDOWN_LINK, ' $1 ').replace(LINK, ' '))
    .replace(/[*_~`|>#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return '';
  if (text.length <= MAX_QUESTION_LENGTH) return text;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  const seen = new Map<string, { word: string; isName: boolean; first: number }>();
  words.forEach((word, position) => {
    const key = word.toLowerCase();
    if (key.length < 3 || STOPWORDS.has(key) || seen.has(key)) return;
    seen.set(key, { word, isName: /^\p{Lu}/u.test(word), first: position });
  });
  // Names say what a claim is about; after them, the words the message opens with (a claim is usually stated
  // first, the talk about it follows). Repetition is not counted: a long tangent would outweigh the claim.
  const chosen = [...seen.values()]
    .sort((a, b) => Number(b.isName) - Number(a.isName) || a.first - b.first)
    .slice(0, MAX_KEY_TERMS);
  return chosen
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.word)
    .join(' ');
}
