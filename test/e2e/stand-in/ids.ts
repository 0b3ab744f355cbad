// Ids and secrets shaped like Discord's: snowflakes, bot tokens and interaction tokens, all made up.
import { randomBytes } from 'node:crypto';

const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake (17–20 digits) whose timestamp is now, as Discord mints them. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - discordEpoch) << 22n) | (1n << 17n) | increment).toString();
}

/** A bot token of the real shape: base64 of the application id, a timestamp part and an HMAC part. */
export function fakeBotToken(applicationId: string): string {
  const idPart = Buffer.from(applicationId).toString('base64url');
  return `${idPart}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
}

/** Interaction tokens are long opaque strings; the bot must only ever echo them back in URLs. */
export function fakeInteractionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(120).toString('base64url')}`;
}

export function randomSessionId(): string {
  return randomBytes(16).toString('hex');
}
