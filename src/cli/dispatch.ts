// The one dispatcher: runs a terminal command from its command line to an exit code. `--help` prints the usage
// (exit 0); a failure from parsing or running is printed on stderr, each message after `npm run <name>: `,
// followed by the usage for a command-line mistake.
import { loadConfig } from '../config.js';
import { runAsProcess, writeOut, type CliIo } from './cli-io.js';
import type { CliCommand, CliCommandName, CliDependencies, CliFailure } from './command.js';

/** Runs `command` with these arguments; resolves to the exit code. */
export async function dispatch<Args extends { help: boolean }>(
  command: CliCommand<Args>,
  argv: readonly string[],
  io: CliIo,
  dependencies: CliDependencies,
): Promise<number> {
  const parsed = command.parse(argv);
  if (parsed.ok && parsed.value.help) {
    await writeOut(io.stdout, `${command.usage}\n`);
    return 0;
  }
  const outcome = parsed.ok ? await command.run(parsed.value, io, dependencies) : parsed;
  if (outcome.ok) return 0;
  io.stderr.write(describeFailure(command, outcome));
  return outcome.exitCode;
}

/** `npm run ask: --limit must be …` for each message, then the usage when the command line was at fault. */
export function describeFailure(
  command: Pick<CliCommand<{ help: boolean }>, 'name' | 'usage'>,
  failed: CliFailure,
): string {
  const lines = failed.messages.map((message) => `npm run ${command.name}: ${message}\n`).join('');
  return failed.showUsage ? `${lines}\n${command.usage}\n` : lines;
}

/** A command with its argument type sealed in: what the registry lists and an entry point runs. */
export interface ListedCommand {
  name: CliCommandName;
  usage: string;
  /** Runs the command with these arguments; resolves to the exit code. */
  dispatch(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number>;
}

export function listed<Args extends { help: boolean }>(command: CliCommand<Args>): ListedCommand {
  return {
    name: command.name,
    usage: command.usage,
    dispatch: (argv, io, dependencies) => dispatch(command, argv, io, dependencies),
  };
}

/** Runs a listed command as this process, with the environment's config (see runAsProcess for exits and errors). */
export function runEntryPoint(command: ListedCommand): void {
  runAsProcess(`npm run ${command.name}`, (io) =>
    command.dispatch(process.argv.slice(2), io, { config: loadConfig() }),
  );
}
