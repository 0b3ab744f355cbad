// What both faces say about an answer, in one place: the terminal and Discord lay these out their own way, but the
// words a reader sees are the same.
import type { DeclineReason } from '../search/index.js';
import type { CommandNamer } from './commands.js';
import { joinWords } from './words.js';

/** Shown above an answer whose best passage covers the question's main topic but not all of it. */
export const LOW_CONFIDENCE_NOTE = 'Closest coverage — may not answer this exactly.';

/** Under a passage that is only the closest coverage, after one that answers. */
export const CLOSEST_COVERAGE_MARK = 'closest coverage — may not answer this exactly';

/** `reported by 2 of 5 sources`: how many articles tell the same thing, of how many searched. */
export function reportedBy(count: number, articleCount: number): string {
  return `reported by ${count} of ${articleCount} sources`;
}

/** The tip under every "the coverage doesn't answer": rephrase, or see what is covered. */
function rephraseTip(name: CommandNamer): string {
  return `Try rephrasing with a name or a word from the story, or run ${name('sources')} to see what is covered.`;
}

/** Why the engine declined, when the question's own words say (`Answer.declinedFor`, `Answer.missing`). */
export interface DeclineFacts {
  declinedFor?: DeclineReason;
  missing?: readonly string[];
}

/**
 * A declined question; `what` is the question as each face echoes it (`that`, or `“the question”`). When the question
 * turns on names or things the coverage never mentions, it says which ("The coverage never mentions “Justin
 * Trudeau”."); when it names nothing to look for, it says that.
 */
export function declinedText(what: string, name: CommandNamer, facts: DeclineFacts = {}): string {
  const missing = neverMentioned(facts);
  if (missing !== null) return `The coverage never mentions ${missing}. Run ${name('sources')} to see what is covered.`;
  if (facts.declinedFor === 'no-topic')
    return (
      `${capitalised(what)} doesn't say what it is about. Ask with a name or a word from the story, or run ` +
      `${name('sources')} to see what is covered.`
    );
  return `The coverage doesn't answer ${what}. ${rephraseTip(name)}`;
}

/** A question declined within one article (`--source`); `widen` says how to search every article instead. */
export function declinedInSourceText(widen: string, name: CommandNamer, facts: DeclineFacts = {}): string {
  const missing = neverMentioned(facts);
  const lead = missing === null ? "This article doesn't answer that." : `This article never mentions ${missing}.`;
  return `${lead} Try rephrasing, ${widen} to search every article, or run ${name('sources')} to see what is covered.`;
}

/** What a question declined as `not-mentioned` turns on: `“Justin Trudeau”`, `“tariffs” or “bitcoin”`; else null. */
function neverMentioned(facts: DeclineFacts): string | null {
  const missing = facts.missing ?? [];
  if (facts.declinedFor !== 'not-mentioned' || missing.length === 0) return null;
  return joinWords(
    missing.map((word) => `“${word}”`),
    'or',
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A person the coverage never quotes (the face adds where to find who is quoted). */
export function notQuotedText(who: string): string {
  return `${who} is not quoted in the coverage.`;
}
