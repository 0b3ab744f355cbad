import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadCorpus, watchCorpus, type CorpusWatcher } from '../../src/live/corpus-watcher.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { LiveEngine } from '../../src/live/live-engine.js';

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

/** A fresh corpus directory holding one article, served by a new live engine. */
async function servingStrikes(logger: Logger): Promise<LiveEngine> {
  dir = mkdtempSync(join(tmpdir(), 'coverage-bot-watch-'));
  writeFileSync(
    join(dir, 'strikes.md'),
    article(
      'Trump says US will strike cartels on land',
      'President Trump said the strikes on cartels would begin soon.',
    ),
  );
  const live = new LiveEngine();
  await reloadCorpus(dir, live, logger);
  return live;
}

/** Adds (or rewrites) the second article of the corpus directory. */
function writeSheinbaum(): void {
  writeFileSync(
    join(dir, 'sheinbaum.md'),
    article('Sheinbaum rejects intervention', 'Claudia Sheinbaum said Mexico would not accept intervention.'),
  );
}

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the corpus watcher', () => {
  it(
    'swaps in a new article when its file appears, and keeps the last good version of a file that ' + 'breaks',
    async () => {
      const logLines: { msg: string; articleId?: string; problems?: string[] }[] = [];
      const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
      const live = await servingStrikes(logger);
      const titles = () => (live.current?.articles ?? []).map((loaded) => loaded.title);
      expect(titles()).toEqual(['Trump says US will strike cartels on land']);

      watcher = watchCorpus(dir, live, logger, { debounceMs: 50, stabilityMs: 100 });
      await watcher.ready;
      writeSheinbaum();
      await eventually(() => titles().length === 2, 'the new article to be served');
      expect(live.current?.ask('what did Sheinbaum say').results[0]?.articleId).toBe('sheinbaum');

      writeFileSync(join(dir, 'sheinbaum.md'), '---\ntitle: [unclosed\n---\n\nBroken.\n');
      await eventually(
        () => logLines.some((line) => line.msg.startsWith('kept the last good version of sheinbaum')),
        'the broken file to be reported',
      );
      expect(titles()).toEqual(['Sheinbaum rejects intervention', 'Trump says US will strike cartels on land']);
      expect(logLines.find((line) => line.articleId === 'sheinbaum')?.problems?.[0]).toContain('sheinbaum.md');
    },
  );
  it('waits for a slow writer to finish: a file written in two halves is served whole, never cut short', async () => {
    const logger = createLogger('silent');
    const live = await servingStrikes(logger);
    const servedPassageCounts: number[] = [];
    const swap = live.swap.bind(live);
    live.swap = (engine) => {
      const slow = engine.articles.find((candidate) => candidate.id === 'slow');
      if (slow) servedPassageCounts.push(slow.passages.length);
      swap(engine);
    };

    watcher = watchCorpus(dir, live, logger, { debounceMs: 20, stabilityMs: 600 });
    await watcher.ready;
    const paragraphs = Array.from(
      { length: 6 },
      (_, index) => `Paragraph ${index + 1} of the slowly copied report on the border talks.`,
    );
    const whole = article('Slowly copied report', paragraphs.join('\n\n'));
    const half = whole.indexOf('Paragraph 3');
    writeFileSync(join(dir, 'slow.md'), whole.slice(0, half));
    // The writer pauses well under the stability wait, as a copy over a slow disk or network would.
    await new Promise((resolve) => setTimeout(resolve, 100));
    appendFileSync(join(dir, 'slow.md'), whole.slice(half));
    await eventually(() => servedPassageCounts.length > 0, 'the new article to be served');
    expect(servedPassageCounts).toEqual([6]);
  });

  it('warns in the log when a reload replaces an article with a version that lost most of its passages', async () => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-bot-watch-'));
    const paragraphs = Array.from(
      { length: 6 },
      (_, index) => `Paragraph ${index + 1} of the report on the border talks.`,
    );
    writeFileSync(join(dir, 'report.md'), article('Border talks', paragraphs.join('\n\n')));
    const logLines: { msg: string; level: number; articleId?: string }[] = [];
    const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
    const live = new LiveEngine();
    await reloadCorpus(dir, live, logger);
    expect(logLines.filter((line) => line.level >= 40)).toEqual([]);

    writeFileSync(join(dir, 'report.md'), article('Border talks', paragraphs[0] ?? ''));
    await reloadCorpus(dir, live, logger);
    expect(logLines.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual([
      'report lost most of its passages (6 → 1); serving the new version — if the file was cut short or is still ' +
        'being written, restore or finish it and it reloads',
    ]);
    expect(live.current?.articles[0]?.passages.length).toBe(1);
  });

  it('keeps serving the other articles when a file added while running is a YAML alias bomb', async () => {
    const live = await servingStrikes(createLogger('silent'));
    writeFileSync(
      join(dir, 'bomb.md'),
      `---\ntitle: Bomb\nx: &x y\nz: [${Array.from({ length: 101 }, () => '*x').join(', ')}]\n---\n\nText.\n`,
    );
    writeSheinbaum();
    await reloadCorpus(dir, live, createLogger('silent'));
    expect(live.current?.articles.map((loaded) => loaded.id)).toEqual(['sheinbaum', 'strikes']);
    expect(live.current?.ask('what did Sheinbaum say').results[0]?.articleId).toBe('sheinbaum');
  });
  it.skipIf(process.platform === 'win32')(
    'serves a new article added beside a FIFO added while running, instead of hanging the reload',
    async () => {
      const live = await servingStrikes(createLogger('silent'));
      watcher = watchCorpus(dir, live, createLogger('silent'), { debounceMs: 20, stabilityMs: 100 });
      await watcher.ready;
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
      writeSheinbaum();
      await eventually(() => (live.current?.articles.length ?? 0) === 2, 'the new article to be served');
      expect(live.current?.articles.map((loaded) => loaded.id)).toEqual(['sheinbaum', 'strikes']);
    },
  );
});
