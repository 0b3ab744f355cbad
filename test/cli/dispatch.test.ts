// Every terminal command goes through one registry and one dispatcher: the same --help, the same way of saying a
// mistake in the command line (the message, then the usage, exit 2), and the same way of failing otherwise (exit 1).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommandName } from '../../src/cli/command.js';
import { cliCommands } from '../../src/cli/commands/index.js';
import { loadConfig } from '../../src/config.js';
import { runCli } from './run-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-dispatch-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const config = loadConfig(
  { CORPUS_DIR: resolve('test/fixtures/corpora/good'), DATA_DIR: workDir },
  { dotenvPath: false },
);
const names = Object.keys(cliCommands) as CliCommandName[];

describe('every terminal command', () => {
  it('is what its npm script runs: each entry point imports the listed command of the same name, and only it', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const run = Object.entries(scripts).flatMap(([script, line]) => {
      const entry = /scripts\/launch\.mjs cli\/([\w-]+)\.js$/.exec(line)?.[1];
      if (entry === undefined) return [];
      const source = readFileSync(`src/cli/${entry}.ts`, 'utf8');
      const imported = [...source.matchAll(/from '\.\/commands\/([\w-]+)\.js'/g)].map((match) => match[1]);
      return [{ script, imported }];
    });
    expect(run.map(({ script }) => script).sort()).toEqual([...names].sort());
    for (const { script, imported } of run) {
      expect(imported).toHaveLength(1);
      const listedName = names.find((name) => name === script);
      expect(listedName, `npm run ${script} runs no listed command`).toBeDefined();
      expect(cliCommands[listedName ?? 'ask'].name).toBe(script);
      expect(readFileSync(`src/cli/commands/${imported[0] ?? ''}.ts`, 'utf8')).toContain(
        `export const name = '${script}';`,
      );
    }
  });

  it.each(names)('npm run %s -- --help prints its own usage on stdout and exits 0', async (name) => {
    const run = await runCli(name, ['--help'], { config });
    expect(run).toEqual({ code: 0, stdout: `${cliCommands[name].usage}\n`, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
  });

  it.each(names)('npm run %s exits 2 for an unknown flag, naming it, then the usage', async (name) => {
    const run = await runCli(name, ['--colour'], { config });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `npm run ${name}: Unknown option '--colour'\n\n${cliCommands[name].usage}\n`,
    });
  });
});

describe('npm run quotes', () => {
  it('exits 2 and says how to name a person when none is given', async () => {
    const run = await runCli('quotes', ['--json'], { config, cacheDir: join(workDir, 'index') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^npm run quotes: no person — give a name in quotes, such as npm run quotes -- "Sheinbaum"\n/,
    );
    expect(run.stderr).toContain('\n\nUsage: npm run quotes');
  });

  it('says plainly that a person the coverage never quotes is not quoted in it', async () => {
    const run = await runCli('quotes', ['Justin Trudeau'], { config, cacheDir: join(workDir, 'index') });
    expect(run).toEqual({
      code: 0,
      stdout: 'Justin Trudeau is not quoted in the coverage. Run `npm run quotes -- --people` to see who is.\n',
      stderr: '',
    });
  });
});

describe('npm run gaps', () => {
  it('exits 1 saying where it looked when there is no feedback log yet', async () => {
    const run = await runCli('gaps', [], { config });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `npm run gaps: no feedback log at ${join(workDir, 'feedback.jsonl')} — the bot writes one there once ` +
        `people use it (set DATA_DIR to where it runs), or give --log FILE\n`,
    });
  });

  it('rejects --top 0 with exit 2, naming the flag', async () => {
    const run = await runCli('gaps', ['--top', '0'], { config });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm run gaps: --top must be a whole number from 1, not "0"\n\nUsage: npm run gaps/);
  });

  it('warns about a line it cannot read and lists the rest', async () => {
    const log = join(workDir, 'log.jsonl');
    writeFileSync(log, 'not json\n');
    const run = await runCli('gaps', ['--log', log], { config });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^warning: ${log}: .+ \\(skipped\\)\\n$`));
    expect(run.stdout).toBe('No declined or 👎 questions in the feedback log yet.\n');
  });
});
