// New proper names for synthetic articles. A real archive's vocabulary keeps growing with its size (every story
// brings people and places of its own: Heaps' law), while a bigram chain trained on five articles can only repeat
// their ~1,600 words, which would make every word common and every posting list long at 100,000 paragraphs.
// A character-trigram chain over the training text's capitalised words mints name-like words instead.
import type { Random } from './prng.js';

export interface NameMinter {
  /** A capitalised name of 4-12 letters that is not a training word. */
  mint(random: Random): string;
}

const START = '^';
const END = '$';
const MAX_ATTEMPTS = 50;

export function trainNameMinter(words: Iterable<string>): NameMinter {
  const known = new Set<string>();
  const followers = new Map<string, string[]>();
  for (const word of words) {
    const name = /^\p{Lu}\p{Ll}{3,}/u.exec(word)?.[0];
    if (name === undefined) continue;
    const lower = name.toLowerCase();
    known.add(lower);
    const letters = [START, START, ...lower, END];
    for (let at = 2; at < letters.length; at += 1) {
      const context = `${letters[at - 2]}${letters[at - 1]}`;
      const list = followers.get(context);
      if (list === undefined) followers.set(context, [letters[at] as string]);
      else list.push(letters[at] as string);
    }
  }
  if (known.size === 0)
    throw new Error(
      'trainNameMinter: the training text has no capitalised word of 4 letters or more to learn names from',
    );

  const walk = (random: Random): string => {
    let name = '';
    let context = `${START}${START}`;
    while (name.length < 12) {
      const next = random.pick(followers.get(context) ?? [END]);
      if (next === END) break;
      name += next;
      context = `${context.slice(-1)}${next}`;
    }
    return name;
  };

  return {
    mint(random) {
      let name = '';
      // Bounded: a chain that keeps rewriting training words falls back to a numbered variant of the last try.
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        name = walk(random);
        if (name.length >= 4 && !known.has(name)) break;
      }
      if (name.length < 4 || known.has(name))
        name = `${name.padEnd(4, 'a')}${random.pick(['ova', 'ez', 'sky', 'ani'])}`;
      return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
    },
  };
}
