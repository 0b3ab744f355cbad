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
 * Jaccard resemblance of two passages' term sets (lemmas, stopwords removed) at or above which they are folded.
 * Word shingles miss paraphrase (outlets reword each other), lemma sets catch it; 0.3 was chosen by reading the
 * pairs of the five-article corpus: above it, pairs restate one fact; below it, they share a topic but add news.
 */
export const FOLD_THRESHOLD = 0.3;

export function resemblance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Greedy, in rank order: each candidate joins the first group whose head it resembles, else starts a group.
 * The head is therefore always the best-ranked passage of its group.
 */
export function foldNearDuplicates<T extends FoldCandidate>(ranked: readonly T[], threshold = FOLD_THRESHOLD): FoldedGroup<T>[] {
  const groups: FoldedGroup<T>[] = [];
  for (const candidate of ranked) {
    const group = groups.find((existing) => resemblance(existing.head.terms, candidate.terms) >= threshold);
    if (group) group.others.push(candidate);
    else groups.push({ head: candidate, others: [] });
  }
  return groups;
}
