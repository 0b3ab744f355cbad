// The one formatter: every payload the bot sends is built here, one module a reply kind, on shared text and payload
// helpers that own Discord's limits (../reply-limits.ts) and our own budgets (budgets.ts), escape every piece of
// echoed text, and set `allowedMentions: { parse: [] }` on every reply so nothing can ever ping.
export { TIER_COLOURS, questionFromFooter } from './answer-embeds.js';
export { declinedReply, formatAskReply, noMoreResultsReply, type AskReplyInput } from './ask.js';
export { formatCheckReply, formatPublishedCheck, nothingToCheckReply } from './check.js';
export { formatCompareReply } from './compare.js';
export { formatFullPassageReply, passageGoneReply, type FullPassageInput } from './full-passage.js';
export {
  alreadyPostedReply,
  cooldownReply,
  expiredButtonReply,
  somethingWentWrongReply,
  unknownComponentReply,
  unknownSourceReply,
  voteNotRecordedReply,
  voteRecordedReply,
} from './notices.js';
export { notice, type ButtonRow, type ReplyPayload, type SourceChoice } from './payload.js';
export { formatFreeTextChoices, formatQuotesReply, STATEMENTS_PER_PAGE } from './quotes.js';
export { formatSourceChoices, formatSourcesReply } from './sources.js';
export { cutText, escapeText, fitEscaped, formatSnippet, neutralizeMentions, stripControls } from './text.js';
export { unhandledInteractionReply, unknownCommandReply, usageReply } from './usage.js';
export { LOW_CONFIDENCE_NOTE } from '../../wording/answers.js';
