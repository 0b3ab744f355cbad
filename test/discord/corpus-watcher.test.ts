import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadCorpus, watchCorpus, type CorpusWatcher } from '../../src/discord/corpus-watcher.js';
import { createLogger } from '../../src/logger.js';
import { LiveEngine } from '../../src/search/live-engine.js';

const article = (title: string, body: string) => `---\ntitle: "${title}"\noutlet: Reuters\n---\n\n${body}\n`;

/** Waits (polling, no timing assertion) until `condition` holds; fails with `what` if it never does. */
async function eventually(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let dir: string;
let watcher: CorpusWatcher | undefined;

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the corpus watcher', () => {
  it('swaps in a new article when its file appears, and keeps the last good version of a file that breaks', async () => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-bot-watch-'));
    writeFileSync(join(dir, 'strikes.md'), article('Trump says US will strike cartels on land', 'President Trump said the strikes on cartels would begin soon.'));
    const logLines: { msg: string; articleId?: string; problems?: string[] }[] = [];
    const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
    const live = new LiveEngine();
    await reloadCorpus(dir, live, logger);
    const titles = () => (live.current?.articles ?? []).map((loaded) => loaded.title);
    expect(titles()).toEqual(['Trump says US will strike cartels on land']);

    watcher = watchCorpus(dir, live, logger, { debounceMs: 50 });
    await watcher.ready;
    writeFileSync(join(dir, 'sheinbaum.md'), article('Sheinbaum rejects intervention', 'Claudia Sheinbaum said Mexico would not accept intervention.'));
    await eventually(() => titles().length === 2, 'the new article to be served');
    expect(live.current?.ask('what did Sheinbaum say').results[0]?.articleId).toBe('sheinbaum');

    writeFileSync(join(dir, 'sheinbaum.md'), '---\ntitle: [unclosed\n---\n\nBroken.\n');
    await eventually(() => logLines.some((line) => line.msg.startsWith('kept the last good version of sheinbaum')), 'the broken file to be reported');
    expect(titles()).toEqual(['Sheinbaum rejects intervention', 'Trump says US will strike cartels on land']);
    expect(logLines.find((line) => line.articleId === 'sheinbaum')?.problems?.[0]).toContain('sheinbaum.md');
  });
});
