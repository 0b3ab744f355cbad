// Word families by stem: the Porter2 stemmer (wink-porter2-stemmer) reduces "overbooked" and "overbooking" to
// "overbook". The lemmatizer and WordNet cover the regular and listed forms; a word neither lists still meets the
// corpus's other forms of it through their shared stem.
import type SearchableMap from 'minisearch/SearchableMap';
import stem from 'wink-porter2-stemmer';

/** Stems shorter than this join unrelated words ("new" and "news"), so they are not followed. */
export const MIN_STEM_LENGTH = 5;
/** At most this many corpus terms of one family are searched. */
export const MAX_FAMILY = 3;

/** The corpus terms other than `term` with its stem, found by prefix in the term table; the shortest first. */
export function sameStemTerms(term: string, terms: SearchableMap<number>): string[] {
  if (!/^[a-z]+$/.test(term)) return [];
  const root = stem(term);
  if (root.length < MIN_STEM_LENGTH) return [];
  const family: string[] = [];
  for (const candidate of terms.atPrefix(root).keys()) {
    if (candidate !== term && /^[a-z]+$/.test(candidate) && stem(candidate) === root) family.push(candidate);
  }
  return family.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, MAX_FAMILY);
}
