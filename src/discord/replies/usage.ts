// What the bot does and which commands do it: the reply to "help" or an empty question, and to a command or an
// interaction it does not know. The command list is the one both faces share (src/wording/commands.ts).
import { COMMAND_GUIDE, discordCommand, everyCommand, WHAT_I_DO } from '../../wording/commands.js';
import { notice, type ReplyPayload } from './payload.js';
import { fitEscaped } from './text.js';

/** An unknown command's name, echoed. */
const COMMAND_NAME_CHARACTERS = 40;

/** For an empty or meta question ("hi", "help", "tldr"): what the bot does, and the commands to do it with. */
export function usageReply(): ReplyPayload {
  const commands = COMMAND_GUIDE.map(({ command, option, example, gives }) => {
    const typed = option && example ? `${discordCommand(command)} ${option}: ${example}` : discordCommand(command);
    return `• ${typed}${gives ? ` — ${gives}` : ''}`;
  });
  return notice(
    [`${WHAT_I_DO} Try:`, ...commands, 'Or right-click a message → Apps → Check against coverage.'].join('\n'),
  );
}

export function unknownCommandReply(name: string): ReplyPayload {
  return notice(
    `I don't know the command /${fitEscaped(name, COMMAND_NAME_CHARACTERS)} (it may be from an older version of ` +
      `the bot). Try ${everyCommand(discordCommand)}.`,
  );
}

/** An interaction of a kind the bot does not handle (a modal, a select menu). */
export function unhandledInteractionReply(): ReplyPayload {
  return notice(`This kind of interaction is not one the bot handles. Try ${everyCommand(discordCommand)}.`);
}
