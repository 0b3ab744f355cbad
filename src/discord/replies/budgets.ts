// How many characters each piece of a reply may take, by name. Discord's own limits are in reply-limits.ts; these
// are ours, chosen so a reply reads well and always fits those limits.

/** A question, topic or message echoed back in a notice ("The coverage doesn't answer “…”"). */
export const ECHOED_TEXT_CHARACTERS = 300;
/** An outlet, a person or a short headline named inside a line. */
export const NAME_CHARACTERS = 60;
/** A section heading named in a citation. */
export const SECTION_CHARACTERS = 80;
/** A headline in a citation line. */
export const CITATION_HEADLINE_CHARACTERS = 100;
/**
 * What escaping may add to a name cut to its budget (a backslash before each Markdown character): the escaped name
 * is fitted to its budget plus this, so a name full of `*` is cut further rather than spilling over.
 */
export const ESCAPE_ROOM = 20;
/** Who a credited pronoun stands for, in its editor's bracket ("she [Claudia Sheinbaum]"). */
export const SPEAKER_NAME_CHARACTERS = 80;
/** Longest URL the bot links; a longer one is left out rather than risk Discord refusing the reply. */
export const LINK_URL_CHARACTERS = 2_000;
