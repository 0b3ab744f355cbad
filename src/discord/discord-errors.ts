// Discord failures explained for the person who must act: what went wrong, where, and how to fix it. Used by
// `register` and by the bot's login. The token never appears: messages are ours, and any text taken from an
// error is scrubbed of it.
import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { describeError as describeAnyError, type DescribedError } from '../logger.js';

export interface ErrorContext {
  token?: string;
  /** Where the request went: DISCORD_API_URL, or Discord itself. */
  apiUrl?: string;
  guildId?: string;
  clientId?: string;
}

/** The context a bot configuration gives an error: its token (to scrub), application id and API address. */
export function errorContextOf(
  config: { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string; DISCORD_API_URL?: string | undefined },
  guildId?: string,
): ErrorContext {
  return {
    token: config.DISCORD_TOKEN,
    clientId: config.DISCORD_CLIENT_ID,
    ...(guildId ? { guildId } : {}),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
  };
}

const tokenFix =
  'reset it in the Developer Portal (your application → Bot → Reset Token) and paste the new one into .env as ' +
  'DISCORD_TOKEN';

/**
 * The link that adds the bot to a server with both scopes it needs (no channel permissions: it only answers
 * interactions).
 */
export function inviteUrl(clientId: string): string {
  const query = `client_id=${encodeURIComponent(clientId)}&scope=bot+applications.commands&permissions=0`;
  return `https://discord.com/oauth2/authorize?${query}`;
}

/** The first `code` (ECONNREFUSED, ENOTFOUND, …) along an error's cause chain. */
function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function scrub(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[redacted]') : text;
}

/** One line that says what went wrong talking to Discord and what to do about it. */
export function explainDiscordError(error: unknown, context: ErrorContext): string {
  const where = context.apiUrl ? `the Discord API at ${context.apiUrl}` : 'Discord';
  const invite = context.clientId
    ? inviteUrl(context.clientId)
    : 'the scopes bot and applications.commands (see the README)';
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const status = error.status;
    const code = error instanceof DiscordAPIError ? error.code : undefined;
    if (status === 401) return `DISCORD_TOKEN: ${where} rejected the token (401 Unauthorized) — ${tokenFix}.`;
    if (status === 403 || code === 50001) {
      return context.guildId
        ? `Missing Access (403) for guild ${context.guildId}: the bot is not in that guild, or was invited without ` +
            `the applications.commands scope — invite it again with ` +
            `${invite}, ` +
            `or check DISCORD_GUILD_ID.`
        : `Missing Access (403): this token's application may not manage these commands — check that ` +
            `DISCORD_CLIENT_ID is the application id of the bot whose token you use.`;
    }
    if (status === 404 && (code === 10002 || code === 0 || code === undefined)) {
      const application = context.clientId ? `application ${context.clientId}` : 'such application';
      return (
        `DISCORD_CLIENT_ID: ${where} knows no ${application} for this token (404) — copy the Application ID ` +
        `from the Developer Portal (General Information).`
      );
    }
    if (status === 429) return `${where} is rate limiting these requests (429) — wait a minute and try again.`;
    if (status >= 500)
      return (
        `${where} answered ${status} (a server error on its side) — try again in a minute; if you set ` +
        `DISCORD_API_URL, check that server.`
      );
    return (
      `${where} refused the request (${status}${code === undefined ? '' : `, code ${code}`}): ` +
      `${scrub(error.message, context.token)}`
    );
  }
  if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return `DISCORD_TOKEN: ${where} rejected the token — ${tokenFix}.`;
  }
  const network = networkCode(error);
  if (
    network ||
    (error instanceof Error && (error.name === 'AbortError' || /fetch failed|timed? ?out/i.test(error.message)))
  ) {
    return (
      `Could not reach ${where}${network ? ` (${network})` : ' (the request timed out)'} — check your network ` +
      `connection${context.apiUrl ? ' and DISCORD_API_URL' : ''}.`
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Unexpected error talking to ${where}: ${scrub(message, context.token)}`;
}

/** An error as a log line may hold it: name, message, HTTP status and Discord code, never URLs or bodies. */
export function describeError(error: unknown): DescribedError {
  const described = describeAnyError(error);
  if (!(error instanceof DiscordAPIError || error instanceof HTTPError)) return described;
  // A Discord error's stack says nothing about the cause; its status does.
  const { name, message, code } = described;
  return { name, message, status: error.status, ...(code === undefined ? {} : { code }) };
}
