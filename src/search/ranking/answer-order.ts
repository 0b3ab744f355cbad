// The order a question's passages are shown in, once the decline rules have scored them: the answers first, then
// the closest coverage. Rules 5–7 (decline.ts) decide whether a question is answered at all; among passages that
// answer only part of it, a reader is best served first by the one that covers most of it and matches it best.
import { isConfident } from './decline.js';
import { foldNearDuplicates, type FoldCandidate, type FoldedGroup } from './fold.js';

/** A scored passage as ordering sees it. */
export interface OrderedCandidate extends FoldCandidate {
  /** The share of the question it covers, or 0 when it fails rules 5–7. */
  coverage: number;
  /** The share of the question it covers, before rules 5–7. */
  covered: number;
  /** Its score: the match times its coverage. */
  score: number;
  /** Its score without the coverage factor. */
  baseScore: number;
}

export interface AnswerOrderTuning {
  highCoverage: number;
  minCoverage: number;
  minScoreShare: number;
  foldThreshold: number;
}

/**
 * An answered question is shown at least this many passages when the coverage has them: after the confident ones, the
 * passages that cover at least MIN_FILL_COVERAGE of it, as closest coverage (low confidence). Once the question is
 * found answered, a reader is better served by the next best passages, marked as such, than by fewer.
 */
export const FILLED_RESULTS = 3; // the engine's DEFAULT_LIMIT: what /ask and `npm run ask` show at first
/** The least share of a question a passage that fails rules 5–7 must cover to be shown as closest coverage. */
export const MIN_FILL_COVERAGE = 0.2;

/** How well a passage serves as closest coverage: how well it matches times the share of the question it covers. */
function partialValue(candidate: OrderedCandidate): number {
  return candidate.baseScore * candidate.covered;
}

/**
 * `ranked` (best score first) as folded groups in the order a reader sees them; none when no passage is a confident
 * answer (rules 3 and 4), so the question is declined. First the passages that cover the whole question (coverage of
 * at least `highCoverage`), best first, or, when none does, the best confident one. Then the closest coverage: the
 * other confident passages and those covering at least MIN_FILL_COVERAGE, by partialValue. A passage that is shown
 * though it failed rules 5–7 gets coverage 0, so it is never taken for a confident answer. As many groups as there
 * are confident ones, and at least FILLED_RESULTS when the coverage has them.
 */
export function orderAnswers<T extends OrderedCandidate>(
  ranked: readonly T[],
  tuning: AnswerOrderTuning,
): FoldedGroup<T>[] {
  const bestScore = ranked[0]?.score ?? 0;
  const confident = ranked.filter((candidate) =>
    isConfident(candidate.coverage, candidate.score, bestScore, tuning.minCoverage, tuning.minScoreShare),
  );
  const lead = confident[0];
  if (lead === undefined) return [];
  const whole = confident.filter((candidate) => candidate.coverage >= tuning.highCoverage);
  const leading = whole.length > 0 ? whole : [lead];
  const chosen = new Set<T>(confident);
  const closest = ranked
    .filter(
      (candidate) => !leading.includes(candidate) && (chosen.has(candidate) || candidate.covered >= MIN_FILL_COVERAGE),
    )
    .map((candidate) => (chosen.has(candidate) ? candidate : { ...candidate, coverage: 0 }))
    .sort((a, b) => partialValue(b) - partialValue(a) || a.passageId.localeCompare(b.passageId));
  const size = Math.max(foldNearDuplicates(confident, tuning.foldThreshold).length, FILLED_RESULTS);
  return foldNearDuplicates([...leading, ...closest], tuning.foldThreshold).slice(0, size);
}
