// What a ranked passage shows of the question's topic words: which it contains in its own text (exactly, or as the
// fuzzy or prefix form the scorer matched), which only in its section heading or headline, and where in the text
// they stand. Coverage, proximity and the speech rule read it; it is computed for the top candidates only.
import type { AnalyzedPassage } from '../analysis/passage-terms.js';
import type { QueryTerm } from './query.js';
import { editDistanceWithin } from '../../text/edit-distance.js';

export interface TopicEvidence {
  /** Topic terms found in the passage text, with the word positions where they occur. */
  inText: Map<string, number[]>;
  /** The topic terms of `inText` found only as a fuzzy or prefix variant (a corrected typo, a completed word). */
  approximate: Set<string>;
  /** Topic terms the scorer matched only in the section heading or headline. */
  elsewhere: Set<string>;
  /**
   * The topic terms of `inText` found only as a neighbour the reader did not type (backfire → backlash): its credit.
   */
  bridged: Map<string, number>;
}

/**
 * `matchedQueryTerms` and `matchedIndexTerms` are the scorer's `queryTerms` and `terms` for the passage (scorer.ts);
 * `allowedEdits(term)` the fuzziness the query used for a term (0 when exact only).
 */
export function topicEvidence(
  topics: readonly QueryTerm[],
  matchedQueryTerms: ReadonlySet<string>,
  matchedIndexTerms: readonly string[],
  analysis: AnalyzedPassage,
  allowedEdits: (term: string) => number,
): TopicEvidence {
  const inText = new Map<string, number[]>();
  const approximate = new Set<string>();
  const elsewhere = new Set<string>();
  const bridged = new Map<string, number>();
  for (const topic of topics) {
    const term = topic.term;
    if (!matchedQueryTerms.has(term)) {
      const alternative = bestAlternativeIn(topic, analysis);
      if (alternative !== undefined) {
        inText.set(term, positionsOf(analysis, [alternative.term]));
        bridged.set(term, alternative.credit);
      }
      continue;
    }
    const isExact = analysis.termSet.has(term);
    const forms = isExact
      ? [term]
      : matchedIndexTerms.filter(
          (form) => analysis.termSet.has(form) && isPlausibleVariant(term, form, allowedEdits(term)),
        );
    if (forms.length === 0) {
      // Matched in the heading or headline, or only by an implausible variant: not evidence from the text.
      if (
        isExact ||
        matchedIndexTerms.some((form) => form === term || isPlausibleVariant(term, form, allowedEdits(term)))
      )
        elsewhere.add(term);
      continue;
    }
    if (!isExact) approximate.add(term);
    inText.set(term, positionsOf(analysis, forms));
  }
  return { inText, approximate, elsewhere, bridged };
}

function positionsOf(analysis: AnalyzedPassage, forms: readonly string[]): number[] {
  const positions: number[] = [];
  analysis.tokens.forEach((token, position) => {
    if (token.terms.some((candidate) => forms.includes(candidate))) positions.push(position);
  });
  return positions;
}

/** The neighbour of an absent topic word that the passage holds, the closest (highest credit) first. */
function bestAlternativeIn(topic: QueryTerm, analysis: AnalyzedPassage): { term: string; credit: number } | undefined {
  let best: { term: string; credit: number } | undefined;
  for (const alternative of topic.alternatives ?? []) {
    if (analysis.termSet.has(alternative.term) && (best === undefined || alternative.credit > best.credit))
      best = alternative;
  }
  return best;
}

/**
 * A completion (the typed word is its start) or a typo within the allowed edits that keeps the first letter:
 * people rarely mistype a word's first letter, and without this rule "election" would match "rejection" and
 * "scores" would match "cores".
 */
export function isPlausibleVariant(typed: string, form: string, edits: number): boolean {
  if (form.startsWith(typed)) return true;
  return edits > 0 && form[0] === typed[0] && editDistanceWithin(typed, form, edits) <= edits;
}

/**
 * How close together the passage holds the topic words it contains, 0..1: 1 when they stand side by side
 * ("captured Venezuelan President"), near 0 when scattered over the paragraph. The smallest window of words that
 * holds one occurrence of each found term, compared with the number of terms. Passages with fewer than two
 * found terms get 0 (nothing to be close to).
 */
export function proximity(evidence: TopicEvidence): number {
  const lists = [...evidence.inText.values()].filter((positions) => positions.length > 0);
  if (lists.length < 2) return 0;
  const events = lists
    .flatMap((positions, list) => positions.map((position) => ({ position, list })))
    .sort((a, b) => a.position - b.position);
  const counts = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let left = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const event of events) {
    if ((counts[event.list] ?? 0) === 0) covered += 1;
    counts[event.list] = (counts[event.list] ?? 0) + 1;
    while (covered === lists.length) {
      const first = events[left];
      if (!first) break;
      smallest = Math.min(smallest, event.position - first.position + 1);
      counts[first.list] = (counts[first.list] ?? 0) - 1;
      if (counts[first.list] === 0) covered -= 1;
      left += 1;
    }
  }
  if (!Number.isFinite(smallest)) return 0;
  // One word can carry several terms (97% is 97 and percent): a window of one word is as close as it gets.
  return smallest <= 1 ? 1 : Math.min(1, (lists.length - 1) / (smallest - 1));
}
