// The Discord objects the stand-in hands out: the bot's user, the test guild, and INTERACTION_CREATE payloads shaped
// like the ones Discord sends (fields per https://discord.com/developers/docs/interactions/receiving-and-responding).
import { fakeInteractionToken, nextSnowflake } from './ids.js';

/** The fixed cast of one stand-in: the application (= bot user), the guild, a text channel, and the person asking. */
export interface World {
  applicationId: string;
  guildId: string;
  channelId: string;
  userId: string;
  username: string;
}

export function createWorld(ids: Partial<World> = {}): World {
  return {
    applicationId: ids.applicationId ?? nextSnowflake(),
    guildId: ids.guildId ?? nextSnowflake(),
    channelId: ids.channelId ?? nextSnowflake(),
    userId: ids.userId ?? nextSnowflake(),
    username: ids.username ?? 'reader',
  };
}

export type Json = Record<string, unknown>;

// Permissions a member of a plain text channel has (view, send, embed links, read history, use app commands...).
const memberPermissions = '2248473465835073';

export function botUser(world: World): Json {
  return {
    id: world.applicationId,
    username: 'coverage-bot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    verified: true,
    mfa_enabled: false,
    flags: 0,
    email: null,
  };
}

/** Who presses or types: the world's reader unless a test speaks as someone else (cooldowns are per user). */
export interface Person {
  id: string;
  username: string;
}

export function askingUser(world: World, person?: Person): Json {
  return {
    id: person?.id ?? world.userId,
    username: person?.username ?? world.username,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: 0,
  };
}

/** A new member of the guild, for tests that must not share one person's cooldown. */
export function newPerson(): Person {
  const id = nextSnowflake();
  return { id, username: `reader-${id.slice(-6)}` };
}

export function textChannel(world: World): Json {
  return {
    id: world.channelId,
    type: 0,
    guild_id: world.guildId,
    name: 'news',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: 0,
  };
}

/** The GUILD_CREATE the gateway sends after READY, with the bot as a member. */
export function guildCreate(world: World): Json {
  const joinedAt = new Date().toISOString();
  return {
    id: world.guildId,
    name: 'Coverage test guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: world.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    roles: [
      {
        id: world.guildId,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: memberPermissions,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      {
        user: botUser(world),
        roles: [],
        joined_at: joinedAt,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
      },
    ],
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** One interaction as dispatched: the payload plus what the tests need to find its answers. */
export interface Interaction {
  id: string;
  token: string;
  payload: Json;
}

function interactionBase(world: World, type: number, person?: Person): { id: string; token: string; base: Json } {
  const id = nextSnowflake();
  const token = fakeInteractionToken();
  return {
    id,
    token,
    base: {
      id,
      application_id: world.applicationId,
      type,
      token,
      version: 1,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel_id: world.channelId,
      channel: { ...textChannel(world), permissions: memberPermissions },
      member: {
        user: askingUser(world, person),
        roles: [],
        joined_at: '2025-01-01T00:00:00.000000+00:00',
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        communication_disabled_until: null,
        unusual_dm_activity_until: null,
        permissions: memberPermissions,
      },
      app_permissions: memberPermissions,
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': world.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    },
  };
}

/** A slash-command option as Discord sends it: the type is taken from the value (string 3, integer 4, boolean 5). */
export type OptionValue = string | number | boolean;

function optionType(value: OptionValue): number {
  if (typeof value === 'string') return 3;
  if (typeof value === 'boolean') return 5;
  return Number.isInteger(value) ? 4 : 10;
}

/** APPLICATION_COMMAND (type 2) for `/name option:value ...`; options whose value is undefined are left out. */
export function chatInputCommand(
  world: World,
  commandId: string,
  name: string,
  options: Record<string, OptionValue | undefined> = {},
  person?: Person,
): Interaction {
  const { id, token, base } = interactionBase(world, 2, person);
  const given = Object.entries(options).flatMap(([optionName, value]) =>
    value === undefined ? [] : [{ name: optionName, type: optionType(value), value }],
  );
  const data: Json = { id: commandId, name, type: 1, guild_id: world.guildId };
  if (given.length > 0) data.options = given;
  return { id, token, payload: { ...base, data } };
}

/** APPLICATION_COMMAND_AUTOCOMPLETE (type 4): the user is typing `focused`'s value; other options are as given. */
export function autocomplete(
  world: World,
  commandId: string,
  name: string,
  focused: { name: string; value: string },
  others: Record<string, OptionValue> = {},
  person?: Person,
): Interaction {
  const { id, token, base } = interactionBase(world, 4, person);
  const options = [
    ...Object.entries(others).map(([optionName, value]) => ({ name: optionName, type: optionType(value), value })),
    { name: focused.name, type: 3, value: focused.value, focused: true },
  ];
  return { id, token, payload: { ...base, data: { id: commandId, name, type: 1, guild_id: world.guildId, options } } };
}

/** A message someone posted in the channel (what a message context-menu command targets). */
export function postedMessage(world: World, content: string, person?: Person, extra: Json = {}): Json {
  return {
    id: nextSnowflake(),
    type: 0,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: askingUser(world, person),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...extra,
  };
}

/** APPLICATION_COMMAND (type 2) for a message command (data.type 3): the target message arrives resolved with it. */
export function messageCommand(
  world: World,
  commandId: string,
  name: string,
  target: Json,
  person?: Person,
): Interaction {
  const { id, token, base } = interactionBase(world, 2, person);
  const targetId = String(target.id);
  return {
    id,
    token,
    payload: {
      ...base,
      data: {
        id: commandId,
        name,
        type: 3,
        guild_id: world.guildId,
        target_id: targetId,
        resolved: { messages: { [targetId]: target } },
      },
    },
  };
}

/** MESSAGE_COMPONENT (type 3): a button press on `message`, a message object the stand-in holds. */
export function buttonPress(world: World, message: Json, customId: string, person?: Person): Interaction {
  const { id, token, base } = interactionBase(world, 3, person);
  return { id, token, payload: { ...base, message, data: { custom_id: customId, component_type: 2 } } };
}

/**
 * Whether Discord would ping the whole server: @everyone or @here in the content, not forbidden by allowed_mentions.
 */
export function pingsEveryone(body: Json): boolean {
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = body.allowed_mentions as { parse?: unknown } | undefined;
  const parse = Array.isArray(allowed?.parse) ? allowed.parse : undefined;
  return /@(everyone|here)\b/.test(content) && (allowed === undefined || (parse?.includes('everyone') ?? false));
}

/** The message object Discord returns for a bot reply or follow-up, built from the body the bot sent. */
export function messageFromBody(world: World, body: Json, interaction?: { id: string; type: number }): Json {
  const id = nextSnowflake();
  const message: Json = {
    id,
    type: interaction ? (interaction.type === 2 ? 20 : 19) : 0,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: botUser(world),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: pingsEveryone(body),
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    application_id: world.applicationId,
    webhook_id: world.applicationId,
  };
  if (interaction) {
    message.interaction_metadata = {
      id: interaction.id,
      type: interaction.type,
      user: askingUser(world),
      authorizing_integration_owners: { '0': world.guildId },
    };
  }
  return message;
}
