// The persisted index: one JSON file a corpus directory under the cache directory, holding the fingerprint it was
// built for, the articles and loader problems (so a cache hit skips reading and splitting the corpus), and the
// MiniSearch index (toJSON). Written to a temporary file and renamed, so a reader never sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { Article, CorpusProblem } from '../corpus/types.js';
import { CACHE_FORMAT } from './fingerprint.js';

export interface IndexSnapshot {
  format: number;
  fingerprint: string;
  articles: Article[];
  problems: CorpusProblem[];
  index: AsPlainObject;
}

const passageSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  paragraph: z.number(),
  section: z.string().nullable(),
  kind: z.enum(['paragraph', 'list', 'list-item', 'table']),
  text: z.string(),
  opinion: z.boolean(),
});

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleSource: z.enum(['headline', 'derived']),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  language: z.string(),
  file: z.string(),
  passages: z.array(passageSchema),
});

const snapshotSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  fingerprint: z.string(),
  articles: z.array(articleSchema),
  problems: z.array(z.object({ file: z.string(), field: z.string().optional(), message: z.string() })),
  // MiniSearch checks its own layout when loading; here only that it is there, every key kept.
  index: z.looseObject({ documentCount: z.number(), index: z.array(z.unknown()), serializationVersion: z.number() }),
});

/** Where the index of `corpusDir` is kept: one file per corpus directory, named by a hash of its absolute path. */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  const key = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${key}.json`);
}

export type SnapshotRead = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string };

/** Reads a snapshot; a missing, unreadable, truncated or malformed file is a reason, never a throw. */
export async function readSnapshot(file: string): Promise<SnapshotRead> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no saved index' : `${file}: cannot be read (${code ?? 'unknown error'})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: `${file}: not valid JSON (a truncated or corrupted file); it will be rebuilt` };
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `${file}: not an index this version wrote; it will be rebuilt` };
  return { ok: true, snapshot: parsed.data as unknown as IndexSnapshot };
}

/** Saves a snapshot atomically (temporary file, then rename), creating the cache directory. Throws with context. */
export async function writeSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  const directory = resolve(file, '..');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(temporary, JSON.stringify(snapshot));
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new Error(`saving the index to ${file}`, { cause });
  }
}
