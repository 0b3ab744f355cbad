// Typos: a question word that is no English word and that the corpus does not use is corrected to the corpus term
// it most likely means, before searching. The corpus indexes lemmas, so a misspelt inflection ("breifing",
// "scolars") is also tried without its ending (brief, scholar). A swap of two letters counts as one edit.
import type SearchableMap from 'minisearch/SearchableMap';
import { editDistanceWithin } from '../../text/edit-distance.js';

/** Endings tried off a misspelt word, so its stem can meet the lemma the corpus indexes. */
const INFLECTIONS = ['ing', 'ed', 'es', 's', 'ly'];

/**
 * How many edits a typo of a word this long may hold: one from 5 letters ("coordinaton"), two from 8
 * ("shienbaum"); none below, where a near neighbour is likely another word. Numbers and compounds are never corrected.
 */
export function allowedEdits(word: string): number {
  if (/[\d-]/.test(word)) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * The corpus term `typed` most likely misspells: the closest within the edits its length allows, keeping its first
 * letter (people rarely mistype a word's first letter), the more frequent on a tie; undefined when none.
 */
export function correctionOf(
  typed: string,
  terms: SearchableMap<number>,
  frequency: (term: string) => number,
): Near | undefined {
  const edits = allowedEdits(typed);
  if (edits === 0) return undefined;
  const stems = [
    typed,
    ...INFLECTIONS.filter((ending) => typed.endsWith(ending) && typed.length - ending.length >= 4).map((ending) =>
      typed.slice(0, -ending.length),
    ),
  ];
  let best: Near | undefined;
  for (const stem of stems) {
    // The radix tree's fuzzy search counts a swap as two edits: ask it for one more, then measure properly.
    const found = terms.fuzzyGet(stem, Math.min(edits + 1, 3));
    for (const term of found.keys()) {
      if (term[0] !== typed[0] || /[\d-]/.test(term)) continue;
      best = nearer(best, stem, term, edits, () => frequency(term));
    }
  }
  return best;
}

/** A candidate within a typo's reach: how many edits away, and how common (the tie-break). */
export interface Near {
  term: string;
  distance: number;
  commonness: number;
}

function hasDoubledLetter(word: string): boolean {
  for (let index = 1; index < word.length; index += 1) if (word[index] === word[index - 1]) return true;
  return false;
}

/** A word with each run of one letter written once: "terrorist" → "terorist". */
function singleLetters(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * How far `candidate` is from `typed` as a typo: its edit distance (a swap counting as one) when within `edits`; else,
 * when the two are within `edits` once doubled letters are read as single ("teroist" → terrorist, "cartells" → cartels:
 * the commonest slip, besides a swap), just beyond `edits`, so it is chosen only when nothing nearer is; else more.
 */
function typoDistance(typed: string, candidate: string, edits: number): number {
  const distance = editDistanceWithin(typed, candidate, edits);
  if (distance <= edits) return distance;
  if (!hasDoubledLetter(typed) && !hasDoubledLetter(candidate)) return edits + 1;
  return editDistanceWithin(singleLetters(typed), singleLetters(candidate), edits) <= edits
    ? edits + DOUBLED_LETTER_SLIP
    : edits + 1;
}

/** How much a doubled letter typed single (or the reverse) adds beyond a word's allowed edits: less than one more. */
const DOUBLED_LETTER_SLIP = 0.5;

/**
 * The nearer of `best` and `candidate` as a correction of `typed`: fewer edits (a swap counting as one, none beyond
 * `edits` but for doubled letters, see typoDistance), then the commoner; `best` when the candidate is out of reach or
 * no nearer. `commonness` is asked only of a candidate within reach.
 */
export function nearer(
  best: Near | undefined,
  typed: string,
  candidate: string,
  edits: number,
  commonness: () => number,
): Near | undefined {
  const distance = typoDistance(typed, candidate, edits);
  if (distance >= edits + 1) return best;
  const weight = commonness();
  if (best === undefined || distance < best.distance || (distance === best.distance && weight > best.commonness))
    return { term: candidate, distance, commonness: weight };
  return best;
}
