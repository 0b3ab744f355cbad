// `npm run sources`, in process through the dispatcher. The real process is run once, in test/cli/entry-points.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSourcesTable, usage as sourcesUsage } from '../../../src/cli/commands/sources.js';
import { loadConfig } from '../../../src/config.js';
import { runCli, type CliRun } from '../run-cli.js';

const fixtures = 'test/fixtures/corpora';
const config = loadConfig({ CORPUS_DIR: join(fixtures, 'good') }, { dotenvPath: false });

function sources(argv: string[], options: { columns?: number } = {}): Promise<CliRun> {
  return runCli('sources', argv, { config, stdin: '', ...options });
}

describe('npm run sources', () => {
  it('prints a table of id, headline, outlet, author, date and paragraphs, with "—" for unknown fields', async () => {
    const run = await sources([]);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'id                  headline                                           outlet        author    date        ¶',
        'good                Sheinbaum rejects any U.S. strike on Mexican soil  Example Wire  Ana Ruiz  2025-11-07  2',
        'trump-land-strikes  Trump says U.S. will hit drug cartels on land      Example News  —         2025-11-06  3',
        '',
        '2 articles, 5 paragraphs',
        '',
      ].join('\n'),
    });
  });

  it('fits the table to a wider terminal without cutting headlines', async () => {
    const run = await sources([], { columns: 140 });
    expect(run.stdout.split('\n')[1]).toBe(
      'good                Sheinbaum rejects any U.S. strike on Mexican soil  Example Wire  Ana Ruiz  2025-11-07  2',
    );
  });

  it('on a narrow terminal cuts headlines, never an id (--source needs it whole)', async () => {
    const run = await sources([], { columns: 80 });
    const [, first, second] = run.stdout.split('\n');
    expect(first).toMatch(/^good {16}Sheinbaum rejects an… {2}Example Wire/);
    expect(second?.startsWith('trump-land-strikes  ')).toBe(true);
  });

  it('--json prints the articles as a JSON array, leaving out fields an article does not give', async () => {
    const run = await sources(['--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 'good',
        title: 'Sheinbaum rejects any U.S. strike on Mexican soil',
        outlet: 'Example Wire',
        author: 'Ana Ruiz',
        published: '2025-11-07',
        url: 'https://example.com/sheinbaum-rejects-strikes',
        paragraphs: 2,
      },
      {
        id: 'trump-land-strikes',
        title: 'Trump says U.S. will hit drug cartels on land',
        outlet: 'Example News',
        published: '2025-11-06',
        paragraphs: 3,
      },
    ]);
  });

  it('--corpus overrides CORPUS_DIR and prints each problem on stderr as a warning, exit 0', async () => {
    const run = await sources(['--corpus', join(fixtures, 'missing-title'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: test/fixtures/corpora/missing-title/untitled.md: title: required — add "title: ..." to the ' +
        'frontmatter\n',
    );
    expect((JSON.parse(run.stdout) as Array<{ id: string }>).map((summary) => summary.id)).toEqual(['good']);
  });

  it('--strict exits 1 when any file has a problem, after listing the articles that loaded', async () => {
    const run = await sources(['--strict', '--corpus', join(fixtures, 'stray-file')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'warning: test/fixtures/corpora/stray-file/notes.txt: skipped — only .md files are read; move it out of ' +
          'the corpus directory, or convert it to an .md article',
        'npm run sources: --strict: 1 problem in test/fixtures/corpora/stray-file (listed above) — fix them, or ' +
          'run without --strict to accept the articles that loaded',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toContain('1 article, 2 paragraphs');
  });

  it('--strict exits 0 on a corpus without problems', async () => {
    expect((await sources(['--strict'])).code).toBe(0);
  });

  it('GIVEN a missing directory THEN prints one line naming it and exits 1', async () => {
    const run = await sources(['--corpus', 'no/such/dir']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'npm run sources: no/such/dir: no such directory — create it and put the articles there as <id>.md files, ' +
        'or point CORPUS_DIR or --corpus at their directory\n',
    });
  });

  it('GIVEN a directory whose every article has a problem THEN warns for each and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-sources-'));
    try {
      writeFileSync(join(dir, 'untitled.md'), '---\noutlet: Example News\n---\n\nText.\n');
      const run = await sources(['--corpus', dir]);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr:
          `warning: ${dir}/untitled.md: title: required — add "title: ..." to the frontmatter\nnpm run ` +
          `sources: no articles could be loaded from ${dir} — fix the problems above\n`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN an unknown flag THEN prints the flag and the usage on stderr and exits 2', async () => {
    const run = await sources(['--jsno']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `npm run sources: Unknown option '--jsno'\n\n${sourcesUsage}\n`,
    });
  });

  it('GIVEN --corpus without a directory THEN says what it needs and exits 2', async () => {
    const run = await sources(['--corpus']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('npm run sources: --corpus needs a directory, such as ./corpus');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    expect(await sources(['--help'])).toEqual({ code: 0, stdout: `${sourcesUsage}\n`, stderr: '' });
  });

  it('GIVEN a bad CORPUS_DIR-independent setting THEN prints the config error and exits 1', async () => {
    const run = await runCli('sources', [], { config: loadConfig({ LOG_LEVEL: 'loud' }, { dotenvPath: false }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'npm run sources: LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent\n',
    );
  });
});

describe('the sources table layout', () => {
  it('cuts the headline first, keeps ids whole, and fits 100 columns', () => {
    const table = renderSourcesTable(
      [
        {
          id: 'resist-hate-trump-signals-military-action',
          title: 'Trump Signals US Strikes on Drug Cartels in Mexico Could Move Beyond the Sea',
          outlet: 'A Very Long Outlet Name',
          author: 'Somebody With A Long Name',
          published: '2025-11-06',
          paragraphs: 43,
        },
      ],
      100,
    );
    const [header, row] = table.split('\n');
    expect(row).toBe(
      'resist-hate-trump-signals-military-action  Trump Signals US St…  A Very L…  Somebod…  2025-11-06  43',
    );
    expect([...(header ?? '')].length).toBeLessThanOrEqual(100);
    expect([...(row ?? '')].length).toBe(100);
  });
});
