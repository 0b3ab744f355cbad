// How the bot refuses to start: a missing or malformed token, or one Discord rejects. Each case is a real process
// against the local stand-in; none of them may print the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript } from './stand-in/bot-process.js';
import { fakeBotToken } from './stand-in/ids.js';

let standIn: DiscordStandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn?.stop();
});

async function startBot(environment: Record<string, string>) {
  const bot = runScript('src/discord/main.ts', { CORPUS_DIR: join(repoRoot, 'corpus'), LOG_LEVEL: 'warn', ...environment });
  try {
    const exit = await exitWithin(bot, 45_000);
    return { exit, output: bot.output(), lines: bot.output().split('\n').filter((line) => line.trim() !== '') };
  } finally {
    await bot.cleanUp();
  }
}

describe('the bot at start-up', () => {
  it('exits 1 with one line naming DISCORD_TOKEN when the token is missing', async () => {
    const { DISCORD_TOKEN: _omitted, ...withoutToken } = standIn.botEnvironment();
    const { exit, lines, output } = await startBot({ ...withoutToken, DISCORD_TOKEN: '' });
    expect(exit, output).toEqual({ code: 1, signal: null });
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toContain('DISCORD_TOKEN');
    expect(standIn.gateway.identifies).toEqual([]);
  });

  it('exits 1 naming DISCORD_TOKEN, without echoing it, when the token is not token-shaped', async () => {
    const malformed = 'my-secret-but-too-short';
    const { exit, output } = await startBot({ ...standIn.botEnvironment(), DISCORD_TOKEN: malformed });
    expect(exit, output).toEqual({ code: 1, signal: null });
    expect(output).toContain('DISCORD_TOKEN');
    expect(output).not.toContain(malformed);
  });

  it('exits non-zero with a message about the token, without printing it, when Discord answers 401', async () => {
    const wrongToken = fakeBotToken(standIn.world.applicationId);
    const { exit, output } = await startBot({ ...standIn.botEnvironment(), DISCORD_TOKEN: wrongToken });
    expect(exit?.code ?? 0, output).not.toBe(0);
    expect(output).toMatch(/token/i);
    expect(output).not.toContain(wrongToken);
    expect(standIn.rest.calls.filter((call) => call.route === 'get gateway bot').map((call) => [call.status, call.authorization])).toEqual([[401, 'wrong']]);
  });
});
