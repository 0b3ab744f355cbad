// The README's terminal examples are real output: each block between <!-- NAME:start --> and <!-- NAME:end --> that
// runs a terminal command (ask, compare, sources…) is run in process on the five shipped articles in corpus/, piped
// as the example shows (`npm run -s …`), and must print exactly what the README says. When the engine or the articles
// change an answer, this names the block to update. (The eval and bench blocks are figures from a timed run of every
// engine, too slow for the suite.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommandName } from '../src/cli/command.js';
import { cliCommands } from '../src/cli/commands/index.js';
import { loadConfig } from '../src/config.js';
import { runCli } from './cli/run-cli.js';

const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-readme-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const config = loadConfig({ CORPUS_DIR: resolve('corpus') }, { dotenvPath: false });

interface Example {
  name: string;
  command: string;
  argv: string[];
  output: string;
}

/** The README's marked examples: "$ npm run -s COMMAND -- ARGS" on the first line of a fenced block, output after. */
function readmeExamples(readme: string): Example[] {
  const examples: Example[] = [];
  for (const [, name, body] of readme.matchAll(/<!-- ([a-z]+):start -->\n```\n([\s\S]*?)```\n<!-- \1:end -->/g)) {
    const [commandLine = '', ...output] = (body ?? '').split('\n');
    const match = /^\$ npm run -s (\S+)(?: -- (.*))?$/.exec(commandLine);
    if (!match) throw new Error(`README example "${name}": its first line is not "$ npm run -s …": ${commandLine}`);
    const argv = [...(match[2] ?? '').matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2] ?? '');
    examples.push({ name: name ?? '', command: match[1] ?? '', argv, output: output.join('\n') });
  }
  return examples;
}

const isCliCommandName = (name: string): name is CliCommandName => Object.hasOwn(cliCommands, name);

const examples = readmeExamples(readFileSync('README.md', 'utf8')).filter((example) =>
  isCliCommandName(example.command),
);

describe("the README's examples", () => {
  it('has the ask, compare and sources examples marked for checking', () => {
    expect(examples.map((example) => [example.name, example.command])).toEqual([
      ['example', 'ask'],
      ['compare', 'compare'],
      ['sources', 'sources'],
    ]);
  });

  it.each(examples)('prints the $name example ($command) exactly as the README shows it', async (example) => {
    if (!isCliCommandName(example.command))
      throw new Error(`README example ${example.name}: no command ${example.command}`);
    const run = await runCli(example.command, example.argv, { config, cacheDir: join(workDir, 'index') });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(example.output);
  });
});
