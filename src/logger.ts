// The bot's structured logger (pino, JSON lines on stdout). Anything that could hold a secret is redacted, so a
// token can't reach the log even by accident.
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export function createLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { name: 'coverage-bot' },
    redact: {
      paths: [
        'token',
        '*.token',
        '*.*.token',
        'DISCORD_TOKEN',
        '*.DISCORD_TOKEN',
        'headers.authorization',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What a log line keeps of an error: its name, message, code and stack (never a request's URL or body). */
export interface DescribedError {
  name: string;
  message: string;
  status?: number;
  code?: string | number;
  stack?: string;
}

/** An error as a log line may hold it, for errors from the file system and the core (Discord's own add a status). */
export function describeError(error: unknown): DescribedError {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const described: DescribedError = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') described.code = code;
  if (error.stack) described.stack = error.stack;
  return described;
}
