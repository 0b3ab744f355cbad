// The persisted index: per corpus directory, a small JSON manifest (the fingerprint it was built for, the loader's
// problems, the articles' metadata, the binary file's layout, length and SHA-256) and the binary file it names
// (index-file.ts: postings and passages). The binary file is written first under a name carrying its hash, then the
// manifest, each to a temporary file renamed into place: a reader sees the old pair or the new pair, never half of
// one, and bytes that do not match the manifest's hash are never used. The manifest's first line is the SHA-256 of
// the rest, so a damaged manifest (a changed title, outlet or id) is rebuilt too, never served.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Article, CorpusProblem } from '../../corpus/types.js';
import { isWebUrl } from '../../corpus/web-url.js';
import { CACHE_FORMAT } from './fingerprint.js';
import { decodeIndex, encodeIndex, indexFileLength, IS_LITTLE_ENDIAN } from './index-file.js';
import type { Attributions } from '../attribution/attributions.js';
import type { Postings } from '../index/postings.js';

export interface IndexSnapshot {
  fingerprint: string;
  articles: Article[];
  problems: CorpusProblem[];
  postings: Postings;
  attributions: Attributions;
}

const count = z.number().int().nonnegative();

const manifestSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  fingerprint: z.string(),
  littleEndian: z.boolean(),
  problems: z.array(
    z.object({
      file: z.string(),
      field: z.string().optional(),
      message: z.string(),
      kind: z.literal('split').optional(),
    }),
  ),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleSource: z.enum(['headline', 'derived']),
      outlet: z.string().optional(),
      author: z.string().optional(),
      published: z.string().optional(),
      // Checked again here: a link typed into the manifest must not reach a reply.
      url: z.string().refine(isWebUrl).optional(),
      language: z.string(),
      file: z.string(),
      passageCount: count,
    }),
  ),
  sections: z.array(z.string()),
  layout: z.object({
    passages: count,
    terms: count,
    postings: count,
    fields: count,
    termBytes: count,
    idBytes: count,
    textBytes: count,
    attributionBytes: count,
  }),
  // Only a plain file name beside the manifest: a manifest can never point the reader elsewhere.
  data: z.object({
    file: z.string().regex(/^index-[0-9a-f]{16}\.[0-9a-f]{16}\.bin$/),
    bytes: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

type Manifest = z.infer<typeof manifestSchema>;

function corpusKey(corpusDir: string): string {
  return createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
}

/** Where the index of `corpusDir` is described: one manifest per corpus directory, named by a hash of its path. */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `index-${corpusKey(corpusDir)}.json`);
}

/** `missing`: nothing was saved for this corpus yet (not worth mentioning); otherwise `reason` says what was wrong. */
export type SnapshotRead = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string; missing: boolean };

async function readBytes(file: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  try {
    return { ok: true, bytes: await readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? `${file}: missing` : `${file}: cannot be read (${code ?? 'unknown error'})`,
    };
  }
}

/**
 * Reads the snapshot that `file` (a manifest) describes, if it was made for `fingerprint`. A missing, unreadable,
 * truncated, corrupted or stale manifest or binary file is a reason (the caller rebuilds and says why), never a throw;
 * the binary file is not even read when the manifest is stale.
 */
export async function readSnapshot(file: string, fingerprint: string): Promise<SnapshotRead> {
  const manifestRead = await readBytes(file);
  if (!manifestRead.ok) {
    const missing = manifestRead.reason.endsWith(': missing');
    return { ok: false, missing, reason: missing ? 'no saved index' : `${manifestRead.reason}` };
  }
  const checked = withoutHashLine(manifestRead.bytes);
  if (checked === null)
    return {
      ok: false,
      missing: false,
      reason: `${file}: its bytes do not match its own hash (a corrupted or hand-edited file)`,
    };
  let value: unknown;
  try {
    value = JSON.parse(checked);
  } catch {
    return { ok: false, missing: false, reason: `${file}: not valid JSON (a truncated or corrupted file)` };
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) return { ok: false, missing: false, reason: `${file}: not an index this version wrote` };
  const manifest = parsed.data;
  if (manifest.fingerprint !== fingerprint)
    return {
      ok: false,
      missing: false,
      reason: `${file}: made for the corpus as it was before a change (or for another version of coverage-bot)`,
    };
  if (manifest.littleEndian !== IS_LITTLE_ENDIAN)
    return { ok: false, missing: false, reason: `${file}: written on a machine of another byte order` };

  const dataFile = join(dirname(file), manifest.data.file);
  const dataRead = await readBytes(dataFile);
  if (!dataRead.ok) return { ok: false, missing: false, reason: `${dataRead.reason}` };
  const bytes = dataRead.bytes;
  if (bytes.length !== manifest.data.bytes || bytes.length !== indexFileLength(manifest.layout)) {
    return {
      ok: false,
      missing: false,
      reason: `${dataFile}: ${bytes.length} bytes, expected ${manifest.data.bytes} (a truncated file)`,
    };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== manifest.data.sha256) {
    return {
      ok: false,
      missing: false,
      reason: `${dataFile}: its bytes do not match the manifest's hash (a corrupted file)`,
    };
  }
  const { articles: headers, sections, layout } = manifest;
  const decoded = decodeIndex(bytes, layout, headers, sections);
  if (!decoded.ok) return { ok: false, missing: false, reason: `${dataFile}: ${decoded.reason}` };
  return {
    ok: true,
    snapshot: {
      fingerprint,
      articles: decoded.articles,
      problems: manifest.problems,
      postings: decoded.postings,
      attributions: decoded.attributions,
    },
  };
}

/** The manifest's JSON, when its first line is the SHA-256 of the rest; null when not. */
function withoutHashLine(bytes: Buffer): string | null {
  const newline = bytes.indexOf(0x0a);
  if (newline !== 64) return null;
  const body = bytes.subarray(newline + 1);
  if (bytes.subarray(0, newline).toString('latin1') !== createHash('sha256').update(body).digest('hex')) return null;
  return body.toString('utf8');
}

function withHashLine(json: string): string {
  return `${createHash('sha256').update(json).digest('hex')}\n${json}`;
}

/** Writes `file` through a temporary file renamed into place: a reader never sees it half written. Throws. */
export async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, contents);
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw cause;
  }
}

/**
 * Saves a snapshot: the binary file, then the manifest naming it (each atomically), then removes this corpus's
 * older binary files. Creates the cache directory. Throws with context.
 */
export async function writeSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  const directory = dirname(file);
  const prefix = basename(file).replace(/\.json$/, '');
  try {
    const encoded = encodeIndex(snapshot.articles, snapshot.postings, snapshot.attributions);
    const sha256 = createHash('sha256').update(encoded.bytes).digest('hex');
    const dataFile = `${prefix}.${sha256.slice(0, 16)}.bin`;
    const manifest: Manifest = {
      format: CACHE_FORMAT,
      fingerprint: snapshot.fingerprint,
      littleEndian: IS_LITTLE_ENDIAN,
      problems: snapshot.problems,
      articles: encoded.articles,
      sections: encoded.sections,
      layout: encoded.layout,
      data: { file: dataFile, bytes: encoded.bytes.length, sha256 },
    };
    await mkdir(directory, { recursive: true });
    await writeAtomically(join(directory, dataFile), encoded.bytes);
    await writeAtomically(file, withHashLine(JSON.stringify(manifest)));
    const stale = (await readdir(directory)).filter(
      (name) => name.startsWith(`${prefix}.`) && name.endsWith('.bin') && name !== dataFile,
    );
    await Promise.all(stale.map((name) => rm(join(directory, name), { force: true })));
  } catch (cause) {
    throw new Error(`saving the index to ${file}`, { cause });
  }
}
