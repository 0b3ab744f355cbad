// The short private notices: something went wrong, wait a moment, a button or source that no longer matches, and
// the thanks for a vote.
import { plural } from '../../wording/words.js';
import { notice, type ReplyPayload } from './payload.js';
import { fitEscaped } from './text.js';

/** A source the user typed, echoed. */
const TYPED_SOURCE_CHARACTERS = 100;

export function somethingWentWrongReply(): ReplyPayload {
  return notice('Something went wrong while answering. It has been logged; please try again in a moment.');
}

export function unknownComponentReply(): ReplyPayload {
  return notice('This button is from an older version of the bot and no longer works. Run the command again.');
}

export function expiredButtonReply(): ReplyPayload {
  return notice('This button no longer matches its question. Ask again with /ask.');
}

export function cooldownReply(retryAfterMs: number): ReplyPayload {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1_000));
  return notice(
    `You're asking faster than I can keep up with. Please wait ${plural(seconds, 'second')} and try again.`,
  );
}

export function unknownSourceReply(typed: string): ReplyPayload {
  return notice(
    `No article matches “${fitEscaped(typed, TYPED_SOURCE_CHARACTERS)}”. Pick one of the suggestions in the source ` +
      `option, or run /sources to see every article's id.`,
  );
}

export function voteRecordedReply(vote: 'up' | 'down'): ReplyPayload {
  return notice(
    vote === 'up'
      ? 'Thanks — 👍 recorded.'
      : 'Thanks — 👎 recorded. Questions the coverage answers badly go to the maintainer, who adds articles that ' +
          'answer them.',
  );
}

export function voteNotRecordedReply(): ReplyPayload {
  return notice('That vote could not be recorded (the answer it was for is no longer readable). Ask again with /ask.');
}

export function alreadyPostedReply(): ReplyPayload {
  return notice('This answer is already posted in the channel.');
}
