// How the bot and `register` refuse: a missing or malformed token, one Discord rejects, a guild or application
// Discord doesn't know; and register's global fallback. Each case is a real process against the local stand-in;
// none of them may print the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { exitWithin, repoRoot, runScript } from './stand-in/bot-process.js';
import { fakeBotToken, nextSnowflake } from './stand-in/ids.js';

let standIn: DiscordStandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});

afterAll(async () => {
  await standIn?.stop();
});

async function runToExit(script: string, environment: Record<string, string>) {
  // A small made-up corpus: these cases are about start-up, and a small index is built in a blink.
  const running = runScript(script, {
    CORPUS_DIR: join(repoRoot, 'test/fixtures/corpora/story'),
    LOG_LEVEL: 'warn',
    ...environment,
  });
  try {
    const exit = await exitWithin(running, 45_000);
    return {
      exit,
      output: running.output(),
      lines: running
        .output()
        .split('\n')
        .filter((line) => line.trim() !== ''),
    };
  } finally {
    await running.cleanUp();
  }
}

const startBot = (environment: Record<string, string>) => runToExit('src/discord/main.ts', environment);
const runRegister = (environment: Record<string, string>) => runToExit('src/discord/register.ts', environment);

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
    expect(
      standIn.rest.calls
        .filter((call) => call.route === 'get gateway bot')
        .map((call) => [call.status, call.authorization]),
    ).toEqual([[401, 'wrong']]);
  });
});

describe('the bot at start-up, when Discord is in the way', () => {
  it('names the application id when Discord answers 404 at start', async () => {
    const { exit, output } = await startBot({
      ...standIn.botEnvironment(),
      DISCORD_API_URL: `${standIn.apiUrl}/nowhere`,
    });
    expect(exit?.code ?? 0, output).not.toBe(0);
    expect(output).toContain(`knows no application ${standIn.world.applicationId} for this token (404)`);
    expect(output).not.toContain(standIn.token);
  });

  it('says Discord is rate-limiting, and for how long, instead of waiting silently, then connects', async () => {
    standIn.rateLimitNext('GET', /^\/gateway\/bot$/, 2_000);
    const bot = runScript('src/discord/main.ts', {
      ...standIn.botEnvironment(),
      CORPUS_DIR: join(repoRoot, 'corpus'),
      LOG_LEVEL: 'info',
    });
    try {
      await bot.waitForOutput(/is rate-limiting GET \/gateway\/bot: waiting 2 s before trying again/, 20_000);
      await bot.waitForOutput(/"msg":"connected to Discord"/, 20_000);
    } finally {
      await bot.cleanUp();
    }
  });
});

describe('register', () => {
  it('says Discord is rate-limiting, and for how long, then registers once it may', async () => {
    standIn.rateLimitNext('PUT', /\/commands$/, 2_000);
    const { exit, output, lines } = await runRegister(standIn.botEnvironment());
    expect(exit, output).toEqual({ code: 0, signal: null });
    expect(lines[0]).toBe(
      `the Discord API at ${standIn.apiUrl} is rate-limiting PUT /applications/:id/guilds/:id/commands: waiting 2 ` +
        `s before trying again (it resumes by itself; if this keeps happening, something is sending too many ` +
        `requests with this token)`,
    );
    expect(lines.filter((line) => /rate-limiting/.test(line))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^Registered \d+ commands \(\/ask, /);
  });

  it(
    'registers the commands globally, and says they take a while to appear, when DISCORD_GUILD_ID is ' + 'unset',
    async () => {
      const { DISCORD_GUILD_ID: _unset, ...withoutGuild } = standIn.botEnvironment();
      const { exit, output } = await runRegister(withoutGuild);
      expect(exit, output).toEqual({ code: 0, signal: null });
      expect(standIn.rest.calls.filter((call) => call.method === 'PUT').at(-1)).toMatchObject({
        route: 'overwrite global commands',
        status: 200,
      });
      expect((standIn.rest.commands.get('global') ?? []).map((command) => command.name).sort()).toEqual([
        'Check against coverage',
        'ask',
        'compare',
        'quotes',
        'sources',
      ]);
      expect(output).toMatch(/globally/);
    },
  );

  it('exits 1 naming DISCORD_GUILD_ID when Discord answers Missing Access for the guild', async () => {
    const strangerGuild = nextSnowflake();
    const { exit, output } = await runRegister({ ...standIn.botEnvironment(), DISCORD_GUILD_ID: strangerGuild });
    expect(exit, output).toEqual({ code: 1, signal: null });
    expect(standIn.rest.calls.at(-1)).toMatchObject({ route: 'overwrite guild commands', status: 403 });
    expect(output).toContain('DISCORD_GUILD_ID');
    expect(output).not.toContain(standIn.token);
  });

  it('exits 1 naming DISCORD_CLIENT_ID when Discord does not know the application', async () => {
    const { exit, output } = await runRegister({ ...standIn.botEnvironment(), DISCORD_CLIENT_ID: nextSnowflake() });
    expect(exit, output).toEqual({ code: 1, signal: null });
    expect(standIn.rest.calls.at(-1)).toMatchObject({ status: 404 });
    expect(output).toContain('DISCORD_CLIENT_ID');
    expect(output).not.toContain(standIn.token);
  });
});
