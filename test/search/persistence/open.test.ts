import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintCorpus } from '../../../src/search/persistence/fingerprint.js';
import { openEngine } from '../../../src/search/persistence/open.js';
import { snapshotPath } from '../../../src/search/persistence/persist.js';

const article = (title: string, body: string) => `---\ntitle: "${title}"\noutlet: Test Wire\n---\n\n${body}\n`;

let root: string;
let corpusDir: string;
let cacheDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'coverage-open-'));
  corpusDir = join(root, 'corpus');
  cacheDir = join(root, 'cache');
  await mkdir(corpusDir);
  await writeFile(
    join(corpusDir, 'raid.md'),
    article(
      'Border raid',
      'Security forces raided a smuggling depot near the northern border.\n\nThe president said sovereignty is not ' +
        'negotiable.',
    ),
  );
  await writeFile(
    join(corpusDir, 'port.md'),
    article('Port closed', 'Fishing boats stayed in the southern port because of a storm.'),
  );
});

/** The saved manifest's JSON value (after its hash line). */
async function readManifest<T>(): Promise<T> {
  const text = await readFile(snapshotPath(cacheDir, corpusDir), 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1)) as T;
}

/** Writes a manifest with a correct hash line: what a careful hand-edit would leave. */
async function writeManifest(value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await writeFile(snapshotPath(cacheDir, corpusDir), `${createHash('sha256').update(json).digest('hex')}\n${json}`);
}

/** The binary file the manifest names. */
async function dataFileName(): Promise<string> {
  return (await readManifest<{ data: { file: string } }>()).data.file;
}

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('openEngine', () => {
  it("saves the corpus's own lemmas beside the index, and answers the same when that file is damaged", async () => {
    const built = await openEngine(corpusDir, { cacheDir });
    const lemmaFile = snapshotPath(cacheDir, corpusDir).replace(/\.json$/, '.lemmas.json');
    const saved = JSON.parse(await readFile(lemmaFile, 'utf8')) as Record<string, string>;
    expect(saved['raided']).toBe('raid');
    await writeFile(lemmaFile, '{ not json');
    const reopened = await openEngine(corpusDir, { cacheDir });
    expect(reopened.from).toBe('cache');
    const question = 'who raided the depot';
    expect(reopened.engine.ask(question).results.map((result) => result.id)).toEqual(
      built.engine.ask(question).results.map((result) => result.id),
    );
  });

  it('builds the index on first open, then serves the saved one while the corpus is unchanged', async () => {
    const first = await openEngine(corpusDir, { cacheDir });
    expect(first.from).toBe('built');
    const manifest = snapshotPath(cacheDir, corpusDir).split('/').pop() ?? '';
    const lemmas = manifest.replace(/\.json$/, '.lemmas.json');
    expect((await readdir(cacheDir)).sort()).toEqual([manifest, await dataFileName(), lemmas].sort());
    const second = await openEngine(corpusDir, { cacheDir });
    expect(second.from).toBe('cache');
    expect(second.engine.ask('smuggling depot')).toEqual(first.engine.ask('smuggling depot'));
    expect(second.engine.ask('what did the president say about sovereignty')).toEqual(
      first.engine.ask('what did the president say about sovereignty'),
    );
    expect(second.engine.ask('smugling', { source: 'raid' })).toEqual(first.engine.ask('smugling', { source: 'raid' }));
    expect(second.engine.sources()).toEqual(first.engine.sources());
    expect(second.engine.articles).toEqual(first.engine.articles);
  });

  it('rebuilds instead of serving a stale index when a corpus file changes', async () => {
    await openEngine(corpusDir, { cacheDir });
    await writeFile(
      join(corpusDir, 'port.md'),
      article('Port closed', 'Fishing boats stayed in port; the harbour master cited hurricane warnings.'),
    );
    const reopened = await openEngine(corpusDir, { cacheDir });
    expect(reopened.from).toBe('built');
    expect(reopened.engine.ask('hurricane warnings').results[0]?.id).toBe('port:1');
    expect((await openEngine(corpusDir, { cacheDir })).from).toBe('cache');
  });

  it('rebuilds when a file is added or removed', async () => {
    await openEngine(corpusDir, { cacheDir });
    await writeFile(join(corpusDir, 'court.md'), article('Court ruling', 'A judge ordered the depot sealed.'));
    expect((await openEngine(corpusDir, { cacheDir })).engine.sources().map((source) => source.id)).toEqual([
      'court',
      'port',
      'raid',
    ]);
    await rm(join(corpusDir, 'court.md'));
    const reopened = await openEngine(corpusDir, { cacheDir });
    expect(reopened.from).toBe('built');
    expect(reopened.engine.findSource('court')).toBeUndefined();
  });

  it('rebuilds, without failing, when the saved index is corrupted or truncated', async () => {
    await openEngine(corpusDir, { cacheDir });
    const file = snapshotPath(cacheDir, corpusDir);
    const saved = await readFile(file, 'utf8');
    await writeFile(file, saved.slice(0, saved.length / 2));
    const afterTruncation = await openEngine(corpusDir, { cacheDir });
    expect(afterTruncation.from).toBe('built');
    expect(afterTruncation.engine.ask('smuggling depot').results[0]?.id).toBe('raid:1');
    await writeFile(file, JSON.stringify({ format: 1, fingerprint: 'x', articles: 'nope' }));
    expect((await openEngine(corpusDir, { cacheDir })).from).toBe('built');
  });

  it(
    'rebuilds, without failing, when the binary part of the saved index is truncated, damaged or ' + 'missing',
    async () => {
      await openEngine(corpusDir, { cacheDir });
      const data = join(cacheDir, await dataFileName());
      const saved = await readFile(data);

      await writeFile(data, saved.subarray(0, saved.length - 8));
      const afterTruncation = await openEngine(corpusDir, { cacheDir });
      expect(afterTruncation.from).toBe('built');
      expect(afterTruncation.engine.ask('smuggling depot').results[0]?.id).toBe('raid:1');

      const damaged = Buffer.from(await readFile(join(cacheDir, await dataFileName())));
      const middle = Math.floor(damaged.length / 3);
      damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
      await writeFile(join(cacheDir, await dataFileName()), damaged);
      expect((await openEngine(corpusDir, { cacheDir })).from).toBe('built');

      await rm(join(cacheDir, await dataFileName()));
      const afterRemoval = await openEngine(corpusDir, { cacheDir });
      expect(afterRemoval.from).toBe('built');
      expect(afterRemoval.engine.ask('fishing boats storm').results[0]?.id).toBe('port:1');
      expect((await openEngine(corpusDir, { cacheDir })).from).toBe('cache');
    },
  );

  it('rebuilds when the manifest describes the binary part wrongly, even with the right hash', async () => {
    await openEngine(corpusDir, { cacheDir });
    const manifest = await readManifest<{ layout: { passages: number }; articles: Array<{ passageCount: number }> }>();
    await writeManifest({
      ...manifest,
      articles: manifest.articles.map((entry) => ({ ...entry, passageCount: entry.passageCount + 1 })),
    });
    expect((await openEngine(corpusDir, { cacheDir })).from).toBe('built');
    await writeManifest({
      ...manifest,
      data: { ...(manifest as unknown as { data: object }).data, file: '../../etc/passwd' },
    });
    expect((await openEngine(corpusDir, { cacheDir })).from).toBe('built');
  });

  it('keeps one binary file per corpus: a rebuild removes the one it replaces', async () => {
    await openEngine(corpusDir, { cacheDir });
    const before = await dataFileName();
    await writeFile(
      join(corpusDir, 'port.md'),
      article('Port closed', 'Fishing boats stayed in port; the harbour master cited hurricane warnings.'),
    );
    await openEngine(corpusDir, { cacheDir });
    const after = await dataFileName();
    expect(after).not.toBe(before);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.bin'))).toEqual([after]);
  });

  it('rebuilds when the saved index was made for another fingerprint (another analyzer version)', async () => {
    await openEngine(corpusDir, { cacheDir });
    const saved = await readManifest<{ fingerprint: string }>();
    const otherVersion = await fingerprintCorpus(corpusDir, { version: 'analyzer-0/index-0/cache-1' });
    expect(otherVersion).not.toBe(saved.fingerprint);
    await writeManifest({ ...saved, fingerprint: otherVersion });
    expect((await openEngine(corpusDir, { cacheDir })).from).toBe('built');
  });

  it('replays the loader’s problems when serving from the cache', async () => {
    await writeFile(join(corpusDir, 'broken.md'), '---\noutlet: Nobody\n---\n\nNo title here.\n');
    const built = await openEngine(corpusDir, { cacheDir });
    expect(built.problems.some((problem) => problem.file.endsWith('broken.md'))).toBe(true);
    const cached = await openEngine(corpusDir, { cacheDir });
    expect(cached.from).toBe('cache');
    expect(cached.problems).toEqual(built.problems);
  });

  it('still answers, with a warning, when the cache directory cannot be written', async () => {
    // A file where the directory should be: fails for every user, root included.
    await writeFile(cacheDir, 'not a directory');
    const opened = await openEngine(corpusDir, { cacheDir });
    expect(opened.from).toBe('built');
    expect(opened.cacheWarning).toMatch(/saving the index to .*make the cache directory writable/);
    expect(opened.engine.ask('smuggling depot').results[0]?.id).toBe('raid:1');
  });

  it('never writes into the corpus directory', async () => {
    await openEngine(corpusDir, { cacheDir });
    expect((await readdir(corpusDir)).sort()).toEqual(['port.md', 'raid.md']);
  });
  it(
    'says once why it rebuilt a saved index it could not use, and nothing on a first build or a cache ' + 'hit',
    async () => {
      const first = await openEngine(corpusDir, { cacheDir });
      expect(first.rebuiltBecause).toBeUndefined();
      expect((await openEngine(corpusDir, { cacheDir })).rebuiltBecause).toBeUndefined();
      const data = join(cacheDir, await dataFileName());
      await writeFile(data, (await readFile(data)).subarray(0, 16));
      const rebuilt = await openEngine(corpusDir, { cacheDir });
      expect(rebuilt.from).toBe('built');
      expect(rebuilt.rebuiltBecause).toBe(
        `${data}: 16 bytes, expected ${(await readFile(join(cacheDir, await dataFileName()))).length} (a truncated ` +
          `file)`,
      );
      expect((await openEngine(corpusDir, { cacheDir })).rebuiltBecause).toBeUndefined();
    },
  );
});

describe('openEngine: a saved index is used only when every byte of it is as written', () => {
  it(
    'rebuilds when any one byte of the manifest is flipped, so no title, outlet or id is ever served ' + 'changed',
    async () => {
      const fresh = await openEngine(corpusDir, { cacheDir });
      const file = snapshotPath(cacheDir, corpusDir);
      const saved = await readFile(file);
      for (let position = 0; position < saved.length; position += Math.ceil(saved.length / 40)) {
        const flipped = Buffer.from(saved);
        flipped[position] = (flipped[position] ?? 0) ^ 0x01;
        await writeFile(file, flipped);
        const reopened = await openEngine(corpusDir, { cacheDir });
        expect(reopened.from, `byte ${position} flipped`).toBe('built');
        expect(reopened.rebuiltBecause, reopened.rebuiltBecause).toMatch(/its bytes do not match its own hash/);
        expect(reopened.engine.sources()).toEqual(fresh.engine.sources());
      }
    },
  );

  it('never serves a javascript: link typed into the manifest, even with its hash recomputed', async () => {
    await openEngine(corpusDir, { cacheDir });
    const manifest = await readManifest<{ articles: Array<Record<string, unknown>> }>();
    await writeManifest({
      ...manifest,
      articles: manifest.articles.map((entry) => ({ ...entry, url: 'javascript:alert(1)' })),
    });
    const reopened = await openEngine(corpusDir, { cacheDir });
    expect(reopened.from).toBe('built');
    expect(reopened.engine.articles.map((entry) => entry.url)).toEqual([undefined, undefined]);
    expect(reopened.engine.ask('smuggling depot').results[0]?.url).toBeUndefined();
  });
});

describe('openEngine: what the loader reads is what the fingerprint hashes', () => {
  it(
    'serves the new text of an article reached through a link when the linked file is edited after ' + 'indexing',
    async () => {
      const outside = join(root, 'outside.md');
      await writeFile(outside, article('Linked report', 'Inspectors counted forty trucks at the crossing.'));
      await symlink(outside, join(corpusDir, 'linked.md'));
      const first = await openEngine(corpusDir, { cacheDir });
      expect(first.engine.ask('how many trucks did inspectors count').results[0]?.text).toBe(
        'Inspectors counted forty trucks at the crossing.',
      );
      expect((await openEngine(corpusDir, { cacheDir })).from).toBe('cache');

      await writeFile(outside, article('Linked report', 'Inspectors counted ninety trucks at the crossing.'));
      const reopened = await openEngine(corpusDir, { cacheDir });
      expect(reopened.from).toBe('built');
      expect(reopened.engine.ask('how many trucks did inspectors count').results[0]?.text).toBe(
        'Inspectors counted ninety trucks at the crossing.',
      );
    },
  );

  it.skipIf(process.platform === 'win32' || !existsSync('/dev/zero'))(
    'opens, from the files and then from the cache, a corpus holding a FIFO and a link to /dev/zero',
    async () => {
      execFileSync('mkfifo', [join(corpusDir, 'pipe.md')]);
      await symlink('/dev/zero', join(corpusDir, 'zero.md'));
      const built = await openEngine(corpusDir, { cacheDir });
      expect(built.engine.articles.map((entry) => entry.id)).toEqual(['port', 'raid']);
      expect(built.problems.map((problem) => problem.file)).toEqual([
        join(corpusDir, 'pipe.md'),
        join(corpusDir, 'zero.md'),
      ]);
      const cached = await openEngine(corpusDir, { cacheDir });
      expect(cached.from).toBe('cache');
      expect(cached.problems).toEqual(built.problems);
    },
  );
});
