// `npm run compare`, in process through the dispatcher: readable blocks, the --json contract, bad input, and opinion
// marked in every face (ask's too: the issue asks for it wherever a citation is shown), on the small made-up story in
// test/fixtures/corpora/story/. The same on the shipped articles: compare.real-corpus.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommandName } from '../../../src/cli/command.js';
import type { CompareJson } from '../../../src/cli/render-comparison.js';
import { loadConfig } from '../../../src/config.js';
import { runCli, type CliRun } from '../run-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-compare-'));
const cacheDir = join(workDir, 'index');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const config = loadConfig({ CORPUS_DIR: resolve('test/fixtures/corpora/story') }, { dotenvPath: false });

const run = (command: CliCommandName, argv: string[]): Promise<CliRun> => runCli(command, argv, { config, cacheDir });
const compare = (argv: string[]) => run('compare', argv);

describe('npm run compare', () => {
  it(
    'heads the blocks with how many articles cover the topic, then one block per article: those that cover it, the ' +
      'one that tells the same account in other words, "not covered" last',
    async () => {
      const { code, stdout, stderr } = await compare(['what', 'did', 'Sheinbaum', 'say']);
      expect([code, stderr]).toEqual([0, '']);
      const [title, ...blocks] = stdout.trimEnd().split('\n\n');
      expect(title).toBe(
        '3 of 5 articles cover “what did Sheinbaum say”; 1 more tells the same account in other words',
      );
      expect(blocks.map((block) => block.split('\n')[0])).toEqual([
        '1. Example Herald',
        '2. Example Wire',
        '3. Example Monitor',
        '4. Example Digest',
        '5. Example Post',
      ]);
      for (const block of blocks.slice(0, 3))
        expect(block).toMatch(/\*\*(Sheinbaum|[Ss]he)\*\*[^\n]*\n {3}— [^\n]*¶ \d+/);
      expect(blocks[0]?.split('\n').slice(1)).toEqual([
        '   **She** [Claudia Sheinbaum] reiterated that “a unilateral strike by American forces on Mexican soil would be a grave violation ' +
          'of our sovereignty.”',
        '   — Sheinbaum Warns of a Grave Violation · ¶ 2',
        '   same account as: Example Digest ¶ 1',
      ]);
      expect(blocks[1]).toContain('\n   — Trump Signals US Strikes on Cartels in Mexico · ¶ 4 · Mexico’s response');
      expect(blocks[2]).toContain('\n   same account as: Example Wire ¶ 3');
      expect(blocks[4]?.split('\n')[1]).toBe('   not covered — never mentions Sheinbaum');
    },
  );

  it('prints the --json contract: topic, counts and every article with its passage or null', async () => {
    const { code, stdout } = await compare(['--json', 'what did Sheinbaum say']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as CompareJson;
    expect(Object.keys(json)).toEqual(['topic', 'covered', 'articleCount', 'articles', 'sameAccountOnly', 'declined']);
    expect([json.topic, json.covered, json.articleCount, json.sameAccountOnly, json.declined]).toEqual([
      'what did Sheinbaum say',
      3,
      5,
      1,
      false,
    ]);
    expect(
      json.articles.map((article) => [article.articleId, article.covered, article.passage?.paragraph ?? null]),
    ).toEqual([
      ['herald-grave-violation', true, 2],
      ['wire-land-strikes', true, 4],
      ['monitor-sovereignty', true, 1],
      ['digest-week', false, 1],
      ['post-fentanyl', false, null],
    ]);
    const first = json.articles[0];
    expect(Object.keys(first ?? {})).toEqual([
      'articleId',
      'title',
      'outlet',
      'covered',
      'passage',
      'sameAs',
      'coverage',
      'depth',
      'url',
      'unmentioned',
    ]);
    expect(Object.keys(first?.passage ?? {})).toEqual(['paragraph', 'section', 'text', 'snippet', 'opinion', 'score']);
    expect(json.articles[1]?.outlet).toBe('Example Wire');
    expect(json.articles[1]?.url).toBe('https://example.com/wire-land-strikes');
    expect(json.articles[2]?.sameAs).toEqual([
      {
        articleId: 'wire-land-strikes',
        title: 'Trump Signals US Strikes on Cartels in Mexico',
        outlet: 'Example Wire',
        paragraph: 3,
        resemblance: 0.8,
      },
    ]);
    expect(json.articles.map((article) => article.coverage)).toEqual([
      'topic',
      'topic',
      'topic',
      'same-account',
      'none',
    ]);
    expect(json.articles[4]?.unmentioned).toEqual(['Sheinbaum']);
  });

  it('shows one outlet quoting Sheinbaum’s “grave violation” and another reporting it in other words', async () => {
    const { stdout } = await compare(['grave violation of sovereignty']);
    const [title, quoted, reworded, ...uncovered] = stdout.trimEnd().split('\n\n');
    expect(title).toBe(
      '1 of 5 articles covers “grave violation of sovereignty”; 1 more tells the same account in other words',
    );
    expect(quoted).toContain(
      '“a unilateral strike by American forces on Mexican soil would be a **grave** **violation** ',
    );
    expect(reworded?.split('\n')).toEqual([
      '2. Example Digest',
      '   Mexico’s government warned that a **unilateral** **strike** by **American** **forces** on **Mexican** ' +
        '**soil** would break international law.',
      '   — The Week in Brief · ¶ 1 · Mexican Government Rejects Military Intervention',
      '   the same account in other words: found by resemblance, not by the topic’s words',
      '   same account as: Example Herald ¶ 2',
    ]);
    expect(uncovered.map((block) => block.split('\n')[1])).toEqual([
      '   not covered',
      '   not covered',
      '   not covered',
    ]);
  });

  it('says none of the articles cover a topic they never mention, and exits 0', async () => {
    const readable = await compare(['what is the weather in Paris']);
    expect([readable.code, readable.stdout]).toEqual([
      0,
      'None of the 5 articles cover “what is the weather in Paris”. Try a name or a word from the story, or run ' +
        '`npm run sources` to see what is covered.\n',
    ]);
    const json = JSON.parse((await compare(['--json', 'what is the weather in Paris'])).stdout) as CompareJson;
    expect([json.declined, json.covered, json.articles.every((article) => article.passage === null)]).toEqual([
      true,
      0,
      true,
    ]);
  });

  it('exits 2 with the flag named and the usage for an unknown flag', async () => {
    const { code, stdout, stderr } = await compare(['--limit', '3', 'cartels']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^npm run compare: Unknown option '--limit'\n\nUsage: npm run compare/);
  });

  it('exits 2 and says how to give a topic when none is given', async () => {
    const { code, stderr } = await compare(['--json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^npm run compare: no topic — give one in quotes, such as npm run compare -- "what did Sheinbaum say"/,
    );
  });

  it('exits 1 naming the directory when it holds no articles', async () => {
    const { code, stderr } = await compare(['--corpus', workDir, 'cartels']);
    expect(code).toBe(1);
    expect(stderr).toContain(`npm run compare: no articles to search in ${workDir}`);
  });
});

describe('opinion, marked wherever a citation is shown', () => {
  it("compare marks the Herald's own commentary as opinion, readable and in --json", async () => {
    const readable = await compare(['Honduran President pardon']);
    expect(readable.stdout).toContain('\n   — Sheinbaum Warns of a Grave Violation · ¶ 4 · opinion\n');
    const json = JSON.parse((await compare(['--json', 'Honduran President pardon'])).stdout) as CompareJson;
    expect(
      json.articles
        .filter((article) => article.passage?.opinion)
        .map((article) => [article.articleId, article.passage?.paragraph]),
    ).toEqual([['herald-grave-violation', 4]]);
  });

  it("ask marks the Author's Perspective section as opinion, readable and in --json", async () => {
    const topic = 'North American counter narcotics framework';
    const json = JSON.parse((await run('ask', ['--json', topic])).stdout) as {
      results: Array<{ articleId: string; section: string | null; opinion: boolean }>;
    };
    expect(json.results[0]).toMatchObject({
      articleId: 'wire-land-strikes',
      section: 'Author’s Perspective',
      opinion: true,
    });
    expect((await run('ask', [topic])).stdout).toMatch(
      /\n {3}— Trump Signals US Strikes on Cartels in Mexico · Example Wire · ¶ 7 · Author’s Perspective · opinion\n/,
    );
  });

  it('leaves reporting unmarked', async () => {
    const json = JSON.parse((await run('ask', ['--json', '--limit', '10', 'Sheinbaum sovereignty'])).stdout) as {
      results: Array<{ opinion: boolean }>;
    };
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results.every((result) => !result.opinion)).toBe(true);
  });
});
