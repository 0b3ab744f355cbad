// What both faces say about a comparison: how many articles cover a topic, how an account was found, which other
// articles tell it. Each face escapes and lays these out its own way.
import type { CommandNamer } from './commands.js';
import { joinWords, plural } from './words.js';

/** `4 of 5 articles cover` (the topic follows in quotes). */
export function coverageCount(covered: number, articleCount: number): string {
  return `${covered} of ${plural(articleCount, 'article')} ${covered === 1 ? 'covers' : 'cover'}`;
}

/** `2 more tell the same account in other words`. */
export function sameAccountOnlyText(count: number): string {
  return `${count} more ${count === 1 ? 'tells' : 'tell'} the same account in other words`;
}

/** A topic no article covers; `topic` as the face echoes it. */
export function comparisonDeclinedText(topic: string, articleCount: number, name: CommandNamer): string {
  return (
    `None of the ${plural(articleCount, 'article')} cover “${topic}”. Try a name or a word from the story, or ` +
    `run ${name('sources')} to see what is covered.`
  );
}

/** `not covered — never mentions Sheinbaum and Morales`, or `not covered`. */
export function notCoveredNote(unmentioned: readonly string[]): string {
  return unmentioned.length > 0 ? `not covered — never mentions ${joinWords(unmentioned)}` : 'not covered';
}

/** Under an account found only because it folds with one that uses the topic's words. */
export const SAME_ACCOUNT_NOTE = 'the same account in other words: found by resemblance, not by the topic’s words';

/** `same account as: Resist Hate ¶ 7, AP ¶ 5` from places already laid out by the face. */
export function sameAccountAsLine(places: readonly string[]): string {
  return `same account as: ${places.join(', ')}`;
}
