// A word-bigram chain trained on real news paragraphs: it remembers which word follows which (with their
// frequencies), which words open a sentence and which close one, and writes new sentences from those
// statistics, so a synthetic corpus keeps news-like word frequencies at any size.
import type { Random } from './prng.js';

export interface BigramChain {
  /** Every distinct word the chain can write, exactly as it writes it. */
  vocabulary: ReadonlySet<string>;
  /** A sentence of `minWords`..`maxWords` words (fewer only when the training text has no way on). */
  sentence(random: Random, options?: { minWords?: number; maxWords?: number }): string;
}

const MAX_ATTEMPTS = 20;
const SENTENCE_END = /[.!?]["'”’)]*$/u;

/**
 * Words as the chain learns them: white-space separated, with Markdown syntax that would change what the
 * loader reads (emphasis, links, HTML comments, table bars) taken out, so generated text is always plain paragraphs.
 */
export function trainingWords(paragraph: string): string[] {
  const plain = paragraph
    .normalize('NFC')
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`|<>#\\]/gu, ' ');
  return plain.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word) && !/^https?:/iu.test(word));
}

/** Learns the chain from paragraphs (plain text, one paragraph a string). */
export function trainBigramChain(paragraphs: readonly string[]): BigramChain {
  const followers = new Map<string, string[]>();
  const starts: string[] = [];
  const vocabulary = new Set<string>();
  for (const paragraph of paragraphs) {
    const words = trainingWords(paragraph);
    let isSentenceStart = true;
    for (const [position, word] of words.entries()) {
      vocabulary.add(word);
      // A sentence opens with a capital letter or a quotation mark: that keeps a generated paragraph from
      // starting with a fragment the loader might read as Markdown (`- `, `1. `).
      if (isSentenceStart && /^["“‘']?\p{Lu}/u.test(word)) starts.push(word);
      isSentenceStart = SENTENCE_END.test(word);
      const following = words[position + 1];
      if (following === undefined || isSentenceStart) continue;
      const list = followers.get(word);
      if (list === undefined) followers.set(word, [following]);
      else list.push(following);
    }
  }
  if (starts.length === 0) {
    throw new Error(
      'trainBigramChain: the training text has no sentence that starts with a capital letter; give it real paragraphs',
    );
  }

  const walk = (random: Random, minWords: number, maxWords: number): string[] => {
    const words = [random.pick(starts)];
    let word = words[0] as string;
    while (words.length < maxWords) {
      const next = followers.get(word);
      // A word that ended a training sentence ends this one once it is long enough; a word nothing followed ends it
      // too.
      if (next === undefined || (SENTENCE_END.test(word) && words.length >= minWords)) break;
      word = random.pick(next);
      words.push(word);
    }
    return words;
  };

  return {
    vocabulary,
    sentence(random, options = {}) {
      const minWords = options.minWords ?? 6;
      const maxWords = options.maxWords ?? 32;
      // Headline-like fragments in the training text ("Conclusion") are dead ends: draw again, a bounded
      // number of times, and keep the longest.
      let longest: string[] = [];
      for (let attempt = 0; attempt < MAX_ATTEMPTS && longest.length < minWords; attempt += 1) {
        const words = walk(random, minWords, maxWords);
        if (words.length > longest.length) longest = words;
      }
      return longest.join(' ');
    },
  };
}
