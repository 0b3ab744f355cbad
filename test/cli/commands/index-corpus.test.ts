// `npm run index`, in process through the dispatcher, on the made-up story in test/fixtures/corpora/story/ (five
// articles, 23 passages). The real process is run once, in test/cli/entry-points.test.ts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseIndexArgs } from '../../../src/cli/commands/index-corpus.js';
import { loadConfig } from '../../../src/config.js';
import { runCli } from '../run-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-index-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const story = resolve('test/fixtures/corpora/story');

function index(argv: string[], cacheDir: string, corpusDir = story) {
  return runCli('index', argv, { config: loadConfig({ CORPUS_DIR: corpusDir }, { dotenvPath: false }), cacheDir });
}

describe('npm run index, reading its command line', () => {
  it('accepts --corpus DIR', () => {
    expect(parseIndexArgs(['--corpus', 'some/dir'])).toEqual({
      ok: true,
      value: { corpusDir: 'some/dir', help: false },
    });
  });

  it('rejects a stray argument, naming it', () => {
    expect(parseIndexArgs(['corpus'])).toEqual({
      ok: false,
      messages: ["Unexpected argument 'corpus'"],
      exitCode: 2,
      showUsage: true,
    });
  });
});

describe('npm run index', () => {
  it('builds and saves the index, saying how many articles and passages and where it went', async () => {
    const cacheDir = join(workDir, 'first');
    const run = await index([], cacheDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^Indexed 5 articles, 23 passages from ${story} in \\d+ ms; saved to ${cacheDir}/index-[0-9a-f]{16}\\.json\\n$`,
      ),
    );
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
  });

  it('says the saved index is up to date when the articles have not changed', async () => {
    const cacheDir = join(workDir, 'second');
    await index([], cacheDir);
    const run = await index([], cacheDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^The index in ${cacheDir}/index-[0-9a-f]{16}\\.json is already up to date with 5 articles`),
    );
  });

  it('rebuilds when an article changed since the index was saved', async () => {
    const corpusDir = join(workDir, 'corpus-copy');
    cpSync(story, corpusDir, { recursive: true });
    const cacheDir = join(workDir, 'third');
    await index(['--corpus', corpusDir], cacheDir);
    const [firstFile] = readdirSync(corpusDir).filter((name) => name.endsWith('.md'));
    writeFileSync(
      join(corpusDir, firstFile ?? 'missing.md'),
      '---\ntitle: Replaced\n---\n\nA new paragraph about tariffs.\n',
    );
    const run = await index(['--corpus', corpusDir], cacheDir);
    // digest-week.md, two passages, is now one.
    expect(run.stdout).toMatch(/^Indexed 5 articles, 22 passages /);
  });

  it('says once on stderr why it rebuilt a damaged saved index, then is up to date again', async () => {
    const cacheDir = join(workDir, 'damaged');
    await index([], cacheDir);
    const [manifest] = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
    const manifestFile = join(cacheDir, manifest ?? 'missing.json');
    const saved = readFileSync(manifestFile);
    saved[saved.length - 10] = (saved[saved.length - 10] ?? 0) ^ 0x01;
    writeFileSync(manifestFile, saved);
    const run = await index([], cacheDir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `note: rebuilt the search index, the saved one was not usable: ${manifestFile}: its bytes do not match its ` +
        `own hash (a corrupted or hand-edited file)\n`,
    );
    expect(run.stdout).toMatch(/^Indexed 5 articles/);
    expect((await index([], cacheDir)).stderr).toBe('');
  });

  it('exits 1 when there is nothing to index, saying where it looked and how to fix it', async () => {
    const emptyDir = mkdtempSync(join(workDir, 'empty-'));
    const run = await index(['--corpus', emptyDir], join(workDir, 'none'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `npm run index: nothing to index in ${emptyDir} — put the articles there as <id>.md files`,
    );
  });

  it('indexes the good articles and warns about a bad one', async () => {
    const corpusDir = join(workDir, 'corpus-with-bad-file');
    cpSync(story, corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
    const run = await index(['--corpus', corpusDir], join(workDir, 'bad'));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*broken\.md/m);
    expect(run.stdout).toMatch(/^Indexed 5 articles, 23 passages /);
  });

  it('rejects a stray argument with exit 2 and the usage', async () => {
    const run = await index(['corpus'], join(workDir, 'stray'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run index: Unexpected argument 'corpus'\n\nUsage: npm run index/);
  });
});
