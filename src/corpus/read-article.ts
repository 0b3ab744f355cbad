// Reading one article file's bytes safely: only a regular file (after following links), and never more than a cap.
// A FIFO would block a plain read forever and /dev/zero would fill the memory; both come back as a reason instead.
// The loader and the corpus fingerprint both read through here, so they always agree on what an article is.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * The default size cap for one article file (10 MB): a long news article is under 100 KB, so this only stops files
 * that are not articles (a dump, a log, a device) from being read whole.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 10_000_000;

const CHUNK_BYTES = 64 * 1024;

export type ArticleRead =
  | { ok: true; bytes: Buffer }
  /** `notRegular`: what the path is instead ("a named pipe (FIFO)"); `tooLarge`: its size; else `error`. */
  | { ok: false; notRegular: string }
  | { ok: false; tooLarge: number }
  | { ok: false; error: unknown };

/** What a non-regular file is, in words a user recognises. */
function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads `file` if it is a regular file (links followed) of at most `maxBytes` bytes. Never blocks on a FIFO: it is
 * opened non-blocking and checked before any read. A file that grows past the cap while being read is too large.
 */
export async function readArticleBytes(file: string, maxBytes: number): Promise<ArticleRead> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one forever; regular files ignore it.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, notRegular: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, tooLarge: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, tooLarge: Math.max(stats.size, total) };
    }
    return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, error };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
