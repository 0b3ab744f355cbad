// What of a question typed in Discord is a question: Discord's mention and emoji markup names people, roles and
// channels of the server, never words of the articles, so it is left out of the search (the reply still echoes
// the question as typed, escaped).

/** `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</ask:123>`, `<:name:123>`, `<a:name:123>`, `<t:1700000000:R>`. */
const MARKUP = /<(?:@[!&]?\d+|#\d+|\/[\w -]+:\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?)>/g;
/** `@everyone` and `@here` (the words after them are the question). */
const BROADCAST = /@(?:everyone|here)\b/gi;

/** The question as the engine should read it: markup removed, white space folded. */
export function searchableQuestion(typed: string): string {
  return typed.replace(MARKUP, ' ').replace(BROADCAST, ' ').replace(/\s+/g, ' ').trim();
}
