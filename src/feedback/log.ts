// The feedback log: one JSON line an event under DATA_DIR (feedback.jsonl) — each 👍/👎 with the question and the
// passages it rated, each declined question, each answer given only at low confidence. What `npm run gaps` reads
// to tell the corpus maintainer which questions the coverage fails. User ids are stored only as a salted hash (the
// salt is made once, kept beside the log, never logged). Each event is written to the file as it happens (a crash
// loses nothing the process had recorded); close() flushes it to disk before exit.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const FEEDBACK_FILE = 'feedback.jsonl';
const SALT_FILE = 'feedback-salt';

const ratedPassage = z.object({ articleId: z.string(), paragraph: z.number().int().positive() });
export type RatedPassage = z.infer<typeof ratedPassage>;

const base = { at: z.string(), question: z.string(), user: z.string(), command: z.string() };
export const feedbackEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vote'), vote: z.enum(['up', 'down']), passages: z.array(ratedPassage), ...base }),
  // `missing`: the names or rare words the question turns on that the coverage never mentions (Answer.missing).
  z.object({ kind: z.literal('declined'), missing: z.array(z.string()).optional(), ...base }),
  z.object({ kind: z.literal('low-confidence'), passages: z.array(ratedPassage), ...base }),
]);
export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;

/** What a face records: the event without its time and with the raw user id (hashed here, never stored). */
export type FeedbackInput = DistributiveOmit<FeedbackEvent, 'at' | 'user'> & { userId: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface FeedbackRecorder {
  record(event: FeedbackInput): void;
  /** Flushes what was written to disk and closes the file; later records are dropped. */
  close(): void;
}

/** Opens (creating) `dir/feedback.jsonl` for appending; throws with the path and the fix when it cannot. */
export function openFeedbackLog(dir: string, now: () => Date = () => new Date()): FeedbackRecorder {
  let fd: number | null;
  let salt: string;
  try {
    mkdirSync(dir, { recursive: true });
    salt = readOrMakeSalt(dir);
    fd = openSync(join(dir, FEEDBACK_FILE), 'a', 0o600);
  } catch (cause) {
    throw new Error(
      `could not open the feedback log in ${dir} (DATA_DIR): ${(cause as Error).message} — make the directory ` +
        `writable or point DATA_DIR elsewhere`,
      { cause },
    );
  }
  return {
    record(input) {
      if (fd === null) return;
      const { userId, ...rest } = input;
      const event = { at: now().toISOString(), ...rest, user: hashUser(userId, salt) };
      writeSync(fd, `${JSON.stringify(event)}\n`);
    },
    close() {
      if (fd === null) return;
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
    },
  };
}

function readOrMakeSalt(dir: string): string {
  const path = join(dir, SALT_FILE);
  try {
    const known = readFileSync(path, 'utf8').trim();
    if (known.length >= 32) return known;
  } catch {
    // No salt yet: made below.
  }
  const salt = randomBytes(32).toString('hex');
  writeFileSync(path, `${salt}\n`, { mode: 0o600 });
  return salt;
}

/** The same user always gets the same hash under one salt, and the id cannot be read back from it. */
export function hashUser(userId: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${userId}`, 'utf8').digest('hex').slice(0, 16);
}

export interface ReadFeedback {
  events: FeedbackEvent[];
  /** Lines that are not events (a line cut by a crash, a hand edit): `line N: what`. */
  problems: string[];
}

/** Every event of a log's text; a bad line costs that line only. */
export function parseFeedbackLog(text: string): ReadFeedback {
  const events: FeedbackEvent[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1}: not JSON`);
      return;
    }
    const parsed = feedbackEventSchema.safeParse(json);
    if (parsed.success) events.push(parsed.data);
    else
      problems.push(
        `line ${index + 1}: ${parsed.error.issues[0]?.path.join('.') || 'event'}: ` +
          `${parsed.error.issues[0]?.message ?? 'not a feedback event'}`,
      );
  });
  return { events, problems };
}
