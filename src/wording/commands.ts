// How each face names its commands, so shared sentences ("run /sources", "run `npm run sources`") are written once
// and each face fills in its own names; and the list of what a reader can do, for usage replies.

export type CommandName = 'ask' | 'quotes' | 'compare' | 'sources';

/** A command as a reader types it on one face: `/sources` in Discord, `` `npm run sources` `` in a terminal. */
export type CommandNamer = (command: CommandName) => string;

export const discordCommand: CommandNamer = (command) => `/${command}`;
export const terminalCommand: CommandNamer = (command) => `\`npm run ${command}\``;

/** What the bot and the terminal tool are for, in one sentence. */
export const WHAT_I_DO = 'I answer questions about the news coverage from the articles themselves, with citations.';

/** The search commands, in the order a newcomer is shown them, each with an example and what it gives. */
export const COMMAND_GUIDE: ReadonlyArray<{ command: CommandName; option?: string; example?: string; gives?: string }> =
  [
    { command: 'ask', option: 'question', example: 'what did Sheinbaum say about sovereignty' },
    { command: 'quotes', option: 'who', example: 'Sheinbaum', gives: 'everything the articles quote a person saying' },
    { command: 'compare', option: 'topic', example: 'land strikes', gives: 'how each article reports it' },
    { command: 'sources', gives: 'the articles I answer from' },
  ];

/** `/ask, /quotes, /compare or /sources`: every command, for "try one of these". */
export function everyCommand(name: CommandNamer): string {
  const names = COMMAND_GUIDE.map((entry) => name(entry.command));
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
