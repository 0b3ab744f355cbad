// Stand-ins for discord.js interactions in handler tests: they record every reply, defer, edit and follow-up, and
// behave like discord.js where it matters (a second reply throws; an edit needs an acknowledgement first).
import { MessageFlags, type Interaction } from 'discord.js';
import type { ReplyPayload } from '../../src/discord/replies/index.js';

export type SentKind =
  'reply' | 'deferReply' | 'editReply' | 'deleteReply' | 'followUp' | 'update' | 'deferUpdate' | 'respond';

export interface Sent {
  kind: SentKind;
  payload: ReplyPayload & { choices?: unknown };
}

export interface FakeOptions {
  userId?: string;
  guildId?: string;
  /** Every call of these kinds rejects with this error, as discord.js does when Discord answers 500. */
  failing?: { kinds: SentKind[]; error: Error };
}

export interface Fake {
  interaction: Interaction;
  sent: Sent[];
}

type OptionValue = string | number | boolean;

function recorder(kindOfInteraction: 'command' | 'autocomplete' | 'button', options: FakeOptions) {
  const sent: Sent[] = [];
  const state = { deferred: false, replied: false, ephemeral: false };
  const record =
    (kind: SentKind) =>
    async (payload: unknown = {}) => {
      if (options.failing?.kinds.includes(kind)) throw options.failing.error;
      if (
        (kind === 'reply' || kind === 'deferReply' || kind === 'update' || kind === 'deferUpdate') &&
        (state.deferred || state.replied)
      ) {
        throw new Error('InteractionAlreadyReplied: The reply to this interaction has already been sent or deferred.');
      }
      if (
        (kind === 'editReply' || kind === 'deleteReply' || kind === 'followUp') &&
        !state.deferred &&
        !state.replied
      ) {
        throw new Error('InteractionNotReplied: The reply to this interaction has not been sent or deferred.');
      }
      if (kind === 'deferReply' || kind === 'deferUpdate') state.deferred = true;
      if (kind === 'deferReply' || kind === 'reply')
        state.ephemeral = (payload as { flags?: number }).flags === MessageFlags.Ephemeral;
      if (kind === 'reply' || kind === 'update') state.replied = true;
      if (kind === 'editReply') state.replied = true;
      sent.push({ kind, payload: payload as Sent['payload'] });
    };
  const base = {
    id: '1300000000000000001',
    guildId: options.guildId ?? '1200000000000000001',
    user: { id: options.userId ?? '1100000000000000001' },
    isChatInputCommand: () => kindOfInteraction === 'command',
    isMessageContextMenuCommand: () => false,
    isCommand: () => kindOfInteraction === 'command',
    isAutocomplete: () => kindOfInteraction === 'autocomplete',
    isButton: () => kindOfInteraction === 'button',
    isMessageComponent: () => kindOfInteraction === 'button',
    isRepliable: () => kindOfInteraction !== 'autocomplete',
    reply: record('reply'),
    deferReply: record('deferReply'),
    editReply: record('editReply'),
    deleteReply: record('deleteReply'),
    followUp: record('followUp'),
    update: record('update'),
    deferUpdate: record('deferUpdate'),
    respond: async (choices: unknown) => record('respond')({ choices }),
  };
  /** The interaction: `fields` plus the recorder, with `deferred` and `replied` live as in discord.js. */
  const build = (fields: Record<string, unknown>): Interaction =>
    Object.defineProperties(
      { ...base, ...fields },
      {
        deferred: { get: () => state.deferred, enumerable: true },
        replied: { get: () => state.replied, enumerable: true },
        ephemeral: { get: () => state.ephemeral, enumerable: true },
      },
    ) as unknown as Interaction;
  return { build, sent };
}

export function fakeCommand(
  commandName: string,
  values: Record<string, OptionValue | undefined> = {},
  options: FakeOptions = {},
): Fake {
  const { build, sent } = recorder('command', options);
  const value = (name: string, required?: boolean) => {
    const found = values[name];
    if (found === undefined && required) throw new Error(`CommandInteractionOptionNotFound: ${name}`);
    return found ?? null;
  };
  const interaction = build({
    commandName,
    options: {
      getString: (name: string, required?: boolean) => value(name, required),
      getInteger: (name: string, required?: boolean) => value(name, required),
      getBoolean: (name: string, required?: boolean) => value(name, required),
    },
  });
  return { interaction, sent };
}

export function fakeAutocomplete(
  commandName: string,
  focused: { name: string; value: string },
  options: FakeOptions = {},
): Fake {
  const { build, sent } = recorder('autocomplete', options);
  return { interaction: build({ commandName, options: { getFocused: () => focused } }), sent };
}

/** A button press on the message `onMessage` (a payload the bot sent), as Discord delivers it. */
export function fakeButton(customId: string, onMessage: ReplyPayload, options: FakeOptions = {}): Fake {
  const { build, sent } = recorder('button', options);
  const message = {
    embeds: (onMessage.embeds ?? []).map((embed) => ({ footer: embed.footer ? { text: embed.footer.text } : null })),
    flags: { has: (flag: number) => flag === MessageFlags.Ephemeral && onMessage.flags === MessageFlags.Ephemeral },
  };
  return { interaction: build({ customId, message }), sent };
}

/** The custom_id of the button labelled `label` (or starting with it) in a payload. */
export function customIdOf(payload: ReplyPayload, label: string): string {
  for (const row of payload.components ?? []) {
    for (const component of row.components) {
      if ('custom_id' in component && 'label' in component && component.label?.startsWith(label))
        return component.custom_id;
    }
  }
  throw new Error(`no button labelled ${label}`);
}
