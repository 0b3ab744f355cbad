// What both faces say about an answer, in one place: the terminal and Discord lay these out their own way, but the
// words a reader sees are the same.
import type { CommandNamer } from './commands.js';

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

/** A declined question; `what` is the question as each face echoes it (`that`, or `“the question”`). */
export function declinedText(what: string, name: CommandNamer): string {
  return `The coverage doesn't answer ${what}. ${rephraseTip(name)}`;
}

/** A question declined within one article (`--source`); `widen` says how to search every article instead. */
export function declinedInSourceText(widen: string, name: CommandNamer): string {
  return (
    `This article doesn't answer that. Try rephrasing, ${widen} to search every article, or run ` +
    `${name('sources')} to see what is covered.`
  );
}

/** A person the coverage never quotes (the face adds where to find who is quoted). */
export function notQuotedText(who: string): string {
  return `${who} is not quoted in the coverage.`;
}
