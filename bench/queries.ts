// The queries the benchmark times: the question set, and random queries drawn from the corpus vocabulary
// (1-4 words, some with a typo so fuzzy matching is exercised). Drawn from a seed, so every engine and
// every run gets the same list.
import { readFile } from 'node:fs/promises';
import type { Random } from './prng.js';
import { createRandom } from './prng.js';

/** The `q` of each line of a questions.jsonl file (see /work/shared/eval/README.md). */
export async function readQuestionSet(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text.split(/\r?\n/u).flatMap((line, index) => {
    if (line.trim() === '') return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (cause) {
      throw new Error(`${file}:${index + 1}: not JSON; each line must be {"q": "..."}`, { cause });
    }
    const question = (parsed as { q?: unknown }).q;
    if (typeof question !== 'string') throw new Error(`${file}:${index + 1}: "q" must be the question text`);
    return [question];
  });
}

/** Distinct lower-case words of three letters or more, in first-seen order. */
export function corpusVocabulary(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(/\p{L}{3,}/gu)) words.add(match[0]);
  }
  return [...words];
}

export interface VocabularyQueryOptions {
  count: number;
  seed: number;
  /** Share of queries with one misspelled word (default 0.3). */
  typoShare?: number;
}

/** Random 1-4 word queries from `vocabulary`; a share of them has one word of 5+ letters misspelled. */
export function drawVocabularyQueries(vocabulary: readonly string[], options: VocabularyQueryOptions): string[] {
  if (vocabulary.length === 0) return [];
  const random = createRandom(options.seed);
  const typoShare = options.typoShare ?? 0.3;
  return Array.from({ length: options.count }, () => {
    const words = Array.from({ length: random.intBetween(1, 4) }, () => random.pick(vocabulary));
    if (random.chance(typoShare)) {
      const longIndex = words.findIndex((word) => word.length >= 5);
      if (longIndex >= 0) words[longIndex] = misspell(words[longIndex] as string, random);
    }
    return words.join(' ');
  });
}

/**
 * One edit of a word of 4+ letters, the kind people make, first and last letters kept: two letters swapped, one
 * dropped, or one doubled.
 */
export function misspell(word: string, random: Random): string {
  const letters = [...word];
  const at = random.intBetween(1, letters.length - 3);
  const kind = random.intBetween(0, 2);
  if (kind === 0 && letters[at] !== letters[at + 1]) {
    [letters[at], letters[at + 1]] = [letters[at + 1] as string, letters[at] as string];
  } else if (kind === 1) {
    letters.splice(at, 1);
  } else {
    letters.splice(at, 0, letters[at] as string);
  }
  return letters.join('');
}
