// Near-duplicate folding: the articles of one story repeat one another, so passages that say the same thing become
// one result that lists the others (alsoIn). Bounded: it compares only the confident candidates of one question
// (at most the engine's candidate limit), never all pairs of the corpus.

/** A ranked passage as folding sees it: its id, article and the set of its index terms. */
export interface FoldCandidate {
  passageId: string;
  articleId: string;
  terms: ReadonlySet<string>;
}

export interface FoldedGroup<T extends FoldCandidate> {
  head: T;
  /** The other passages that say the same, best-ranked first. */
  others: T[];
}

/**
 * Two passages say the same thing when their term sets (lemmas, stopwords removed) overlap enough, by either of two
 * measures, chosen by reading the cross-article pairs of the five-article corpus:
 * - - Jaccard resemblance ≥ 0.3: passages of similar length restating one fact (word shingles miss this: outlets
 * reword each other; lemma sets catch it);
 * - - containment ≥ 0.6 of the smaller passage, when it has at least 8 terms: a short report wholly restated inside a
 * longer one (a quote and the paragraph that quotes it), which Jaccard misses because of the longer one's extra words.
 * Below these, pairs share a topic but each adds something of its own.
 */
export const FOLD_THRESHOLD = 0.3;
export const CONTAINMENT_THRESHOLD = 0.6;
export const CONTAINMENT_MIN_TERMS = 8;

/** Jaccard resemblance of two term sets, 0..1. */
export function resemblance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return sharedCount(a, b) / (a.size + b.size - sharedCount(a, b));
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += 1;
  return shared;
}

/** Whether two passages say the same thing, by resemblance or by containment (see FOLD_THRESHOLD). */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold = FOLD_THRESHOLD): boolean {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return false;
  const shared = sharedCount(a, b);
  if (shared / (a.size + b.size - shared) >= threshold) return true;
  return smaller >= CONTAINMENT_MIN_TERMS && shared / smaller >= CONTAINMENT_THRESHOLD;
}

/**
 * Greedy, in rank order: each candidate joins the first group whose head it resembles, else starts a group.
 * The head is therefore always the best-ranked passage of its group.
 */
export function foldNearDuplicates<T extends FoldCandidate>(
  ranked: readonly T[],
  threshold = FOLD_THRESHOLD,
): FoldedGroup<T>[] {
  const groups: FoldedGroup<T>[] = [];
  for (const candidate of ranked) {
    const group = groups.find((existing) => isNearDuplicate(existing.head.terms, candidate.terms, threshold));
    if (group) group.others.push(candidate);
    else groups.push({ head: candidate, others: [] });
  }
  return groups;
}
