// `npm run compare` on the five shipped articles in corpus/, in process: how it lays out the story's real coverage
// of Sheinbaum's answer, and the opinion the shipped articles mark. Bound to those articles and to the engine's
// ranking of them; the command's mechanics on a corpus made for them are in compare.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommandName } from '../../../src/cli/command.js';
import type { CompareJson } from '../../../src/cli/render-comparison.js';
import { loadConfig } from '../../../src/config.js';
import { runCli, type CliRun } from '../run-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-compare-real-'));
const cacheDir = join(workDir, 'index');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const config = loadConfig({ CORPUS_DIR: resolve('corpus') }, { dotenvPath: false });

const run = (command: CliCommandName, argv: string[]): Promise<CliRun> => runCli(command, argv, { config, cacheDir });
const compare = (argv: string[]) => run('compare', argv);

describe('npm run compare on the shipped articles', () => {
  it(
    'heads the blocks with how many articles cover the topic, then one block per article, "not covered" ' + 'last',
    async () => {
      const { code, stdout, stderr } = await compare(['what', 'did', 'Sheinbaum', 'say']);
      expect([code, stderr]).toEqual([0, '']);
      const [title, ...blocks] = stdout.trimEnd().split('\n\n');
      expect(title).toBe('4 of 5 articles cover “what did Sheinbaum say”');
      expect(blocks.map((block) => block.split('\n')[0])).toEqual([
        '1. Trump Declares US to Commence Land Strikes on Cartels in Mexico, Stepping Up Anti-Drug Drive',
        '2. Resist Hate',
        '3. Latest developments in U.S.–Mexico cartel strategy and diplomatic response',
        '4. Trump Signals US Strikes on Drug Cartels in Mexico',
        '5. Trump Says US Will Hit Drug Cartels on Land: A New Phase in U.S. Security Policy',
      ]);
      for (const block of blocks.slice(0, 4)) expect(block).toMatch(/\*\*(Sheinbaum|she)\*\*[^\n]*\n {3}— [^\n]*¶ \d+/);
      expect(blocks[1]).toContain(
        '\n   — Trump Signals Possible U.S. Military Action Against Drug Cartels in Mexico · ¶ 10 · Why this matters…',
      );
      expect(blocks[1]).toContain(
        '\n   same account as: Trump Declares US to Commence Land Strikes on Cartels in Mexico, Stepping Up ' +
          'Anti-Drug Drive ¶ 5',
      );
      expect(blocks[4]?.split('\n')[1]).toBe('   not covered — never mentions Sheinbaum');
    },
  );

  it('prints the --json contract: topic, counts and every article with its passage or null', async () => {
    const { code, stdout } = await compare(['--json', 'what did Sheinbaum say']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as CompareJson;
    expect([json.topic, json.covered, json.articleCount, json.declined]).toEqual([
      'what did Sheinbaum say',
      4,
      5,
      false,
    ]);
    expect(
      json.articles.map((article) => [article.articleId, article.covered, article.passage?.paragraph ?? null]),
    ).toEqual([
      ['trump-declares-us-land-strikes-cartels', true, 17],
      ['resist-hate-trump-signals-military-action', true, 10],
      ['latest-developments-us-mexico-cartel-strategy', true, 5],
      ['trump-signals-us-strikes-drug-cartels-mexico', true, 17],
      ['trump-says-us-will-hit-drug-cartels-on-land', false, null],
    ]);
    expect(json.articles[1]?.outlet).toBe('Resist Hate');
    expect(json.articles[1]?.sameAs).toEqual([
      {
        articleId: 'trump-declares-us-land-strikes-cartels',
        title: 'Trump Declares US to Commence Land Strikes on Cartels in Mexico, Stepping Up Anti-Drug Drive',
        outlet: null,
        paragraph: 5,
        resemblance: 0.438,
      },
    ]);
  });

  it(
    "shows the issue's example: one outlet quotes Sheinbaum's “grave violation”, another reports it in other " +
      'words',
    async () => {
      const { stdout } = await compare(['grave violation of sovereignty']);
      const [title, quoted, reworded] = stdout.split('\n\n');
      expect(title).toBe(
        '1 of 5 articles covers “grave violation of sovereignty”; 1 more tells the same account in other words',
      );
      expect(quoted).toContain(
        '“any unilateral military action by the United States would be a **grave** **violation** of our nation’s ' +
          '**sovereignty**.”',
      );
      expect(reworded?.split('\n').slice(2)).toEqual([
        '   — ¶ 5 · Mexican Government Rejects Military Intervention',
        '   the same account in other words: found by resemblance, not by the topic’s words',
        '   same account as: Resist Hate ¶ 10',
      ]);
    },
  );
});

describe('opinion in the shipped articles, marked wherever a citation is shown', () => {
  it("compare marks Resist Hate's own commentary as opinion, readable and in --json", async () => {
    const readable = await compare(['Honduran President pardon']);
    expect(readable.stdout).toContain(
      '\n   — Trump Signals Possible U.S. Military Action Against Drug Cartels in Mexico · ¶ 12 · Why this ' +
        'matters… · opinion\n',
    );
    const json = JSON.parse((await compare(['--json', 'Honduran President pardon'])).stdout) as CompareJson;
    expect(
      json.articles
        .filter((article) => article.passage?.opinion)
        .map((article) => [article.articleId, article.passage?.paragraph]),
    ).toEqual([['resist-hate-trump-signals-military-action', 12]]);
  });

  it("ask marks the Author's Perspective section as opinion, readable and in --json", async () => {
    const topic = 'North American counter narcotics security framework';
    const json = JSON.parse((await run('ask', ['--json', topic])).stdout) as {
      results: Array<{ articleId: string; section: string | null; opinion: boolean }>;
    };
    expect(json.results[0]).toMatchObject({
      articleId: 'trump-signals-us-strikes-drug-cartels-mexico',
      section: 'Author’s Perspective',
      opinion: true,
    });
    expect((await run('ask', [topic])).stdout).toMatch(
      /\n {3}— Trump Signals US Strikes on Drug Cartels in Mexico · ¶ \d+ · Author’s Perspective · opinion\n/,
    );
  });
});
