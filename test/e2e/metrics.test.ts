// What an operator watches: with METRICS_PORT set, the real bot process (against the local Discord stand-in) serves
// /healthz, which is 503 until the gateway is connected and the index loaded, 200 then, and 503 again while the
// gateway is down; and /metrics, Prometheus text that counts the /ask questions answered and declined.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startStandIn, type DiscordStandIn } from './stand-in/stand-in.js';
import { repoRoot, runScript, type RunningProcess } from './stand-in/bot-process.js';
import { newPerson } from './stand-in/payloads.js';

let standIn: DiscordStandIn;
let bot: RunningProcess;
let base: string;
/** Every /healthz answer seen, in order, as `status reason`. */
const healthSeen: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function health(): Promise<{ status: number; body: string } | null> {
  try {
    const response = await fetch(`${base}/healthz`);
    const answer = { status: response.status, body: await response.text() };
    healthSeen.push(`${answer.status} ${answer.body.trim()}`);
    return answer;
  } catch {
    return null; // not listening yet
  }
}

async function healthUntil(status: number, timeoutMs = 30_000): Promise<{ status: number; body: string }> {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    const answer = await health();
    if (answer?.status === status) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `/healthz did not answer ${status} within ${timeoutMs} ms; seen: ${healthSeen.join(' | ')}; the bot's ` +
      `output:\n${bot.output()}`,
  );
}

beforeAll(async () => {
  standIn = await startStandIn();
  // The gateway stays unreachable for a moment, so the first /healthz answers come before the bot is connected.
  standIn.slowNext('GET', /^\/gateway\/bot$/, 1_500);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = runScript('src/discord/main.ts', {
    ...standIn.botEnvironment(),
    CORPUS_DIR: join(repoRoot, 'corpus'),
    LOG_LEVEL: 'info',
    METRICS_PORT: String(port),
  });
});

afterAll(async () => {
  await bot?.cleanUp();
  await standIn?.stop();
});

/** Prometheus text exposition: `# HELP`/`# TYPE` lines and `name{label="value",...} number` samples, nothing else. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const sample = line.match(
      /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})?) (-?[0-9.e+-]+|NaN|[+-]Inf)$/,
    );
    if (!sample) throw new Error(`not Prometheus text: ${JSON.stringify(line)}`);
    samples.set(sample[1] ?? '', Number(sample[2]));
  }
  return samples;
}

describe('/healthz', () => {
  it('answers 503 with a one-line reason until the bot is connected and its index loaded, then 200', async () => {
    const before = await healthUntil(503);
    expect(before.body).toMatch(/^(gateway|index): [^\n]+\n$/);
    const ready = await healthUntil(200);
    expect(ready.body).toMatch(/^ok: connected to Discord \(shard 0\), serving 5 articles \(\d+ passages\)\n$/);
  });

  it(
    'answers 503 saying the gateway is down while Discord is unreachable, and 200 again once the bot ' + 'reconnects',
    async () => {
      await healthUntil(200);
      standIn.gateway.refuseConnections = true;
      standIn.gateway.drop({ code: 4000 });
      const down = await healthUntil(503);
      expect(down.body).toMatch(/^gateway: disconnected from Discord \(shard 0\), reconnecting\n$/);
      standIn.gateway.refuseConnections = false;
      await healthUntil(200);
    },
  );
});

describe('/metrics', () => {
  it('counts an answered and a declined /ask in Prometheus text, with process metrics and the index size', async () => {
    await healthUntil(200);
    const answered = await standIn.waitForAnswer(
      standIn.command('ask', { question: 'what did Sheinbaum say about sovereignty' }, newPerson()),
    );
    const declined = await standIn.waitForAnswer(
      standIn.command('ask', { question: 'What did Justin Trudeau say?' }, newPerson()),
    );
    expect([answered.ephemeral, declined.ephemeral]).toEqual([false, true]);

    // The interaction is counted once its reply is sent, a moment after the stand-in has it.
    let samples = new Map<string, number>();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const response = await fetch(`${base}/metrics`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      samples = parsePrometheus(await response.text());
      if (samples.get('coverage_bot_interactions_total{command="ask",outcome="declined"}') === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(samples.get('coverage_bot_interactions_total{command="ask",outcome="answered"}')).toBe(1);
    expect(samples.get('coverage_bot_interactions_total{command="ask",outcome="declined"}')).toBe(1);
    expect(samples.get('coverage_bot_reply_latency_seconds_count{command="ask"}')).toBe(2);
    expect(samples.get('coverage_bot_index_articles')).toBe(5);
    expect(samples.get('coverage_bot_index_passages')).toBeGreaterThan(5);
    expect(samples.get('coverage_bot_gateway_reconnects_total{shard="0"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('coverage_bot_process_resident_memory_bytes')).toBeGreaterThan(0);
    // Nothing about who asked: no user, guild or channel id, and no question text, in any label.
    const text = [...samples.keys()].join('\n');
    for (const id of [standIn.world.userId, standIn.world.guildId, standIn.world.channelId])
      expect(text).not.toContain(id);
    expect(text).not.toMatch(/Sheinbaum|Trudeau/);
  });
});
