// Leave-one-file-out choice of ranking constants, for `npm run eval`: for each question file, the grid point that
// scores best on the OTHER files is chosen, then reported on the held-out file. A figure measured this way says how
// the engine does on questions its constants were not chosen on. Pure: the caller supplies each point's runs.
import { DEFAULT_TUNING, type RankingTuning } from '../src/search/index.js';
import { scoreRuns, shareOf, type EvalScores, type QuestionRun } from './eval-metrics.js';

/** The ranking constants that are a single number (the grid varies only these). */
export type NumericTuningKey = {
  [K in keyof RankingTuning]-?: RankingTuning[K] extends number ? K : never;
}[keyof RankingTuning];

export type TuningPoint = Partial<Pick<RankingTuning, NumericTuningKey>>;
export type TuningGrid = Partial<Record<NumericTuningKey, readonly number[]>>;

// The constants that decide whether an answerable question is answered (minCoverage; everydayShare: what an absent
// everyday word costs) and which answer comes first (answerTypeBoost); highCoverage only labels results, and
// expansionBoost 0.3–0.8 changed no result on the question files, so both stay out to keep the run short.
export const TUNING_GRID = {
  minCoverage: [0.2, 0.25, 0.3, 0.35],
  everydayShare: [0.02, 0.05, 0.1],
  answerTypeBoost: [1, 1.3, 1.6],
} as const satisfies TuningGrid;

/** Every combination of the grid's values, the first constant varying slowest. */
export function gridPoints(grid: TuningGrid): TuningPoint[] {
  const axes = Object.entries(grid) as Array<[NumericTuningKey, readonly number[]]>;
  return axes.reduce<TuningPoint[]>(
    (points, [key, values]) => points.flatMap((point) => values.map((value) => ({ ...point, [key]: value }))),
    [{}],
  );
}

/** The defaults' values for the constants the grid varies, in the grid's order (the point the defaults are). */
export function gridDefaults(grid: TuningGrid, defaults: Readonly<RankingTuning> = DEFAULT_TUNING): TuningPoint {
  return Object.fromEntries(Object.keys(grid).map((key) => [key, defaults[key as NumericTuningKey]]));
}

/** How far a point is from the defaults: how many constants differ, then by how much (relative), summed. */
function distanceFromDefaults(point: TuningPoint, defaults: Readonly<RankingTuning>): [number, number] {
  const differences = (Object.entries(point) as Array<[NumericTuningKey, number]>).map(([key, value]) => {
    const fallback = defaults[key];
    return Math.abs(value - fallback) / (Math.abs(fallback) || 1);
  });
  return [differences.filter((difference) => difference > 1e-12).length, differences.reduce((sum, d) => sum + d, 0)];
}

/**
 * The candidates to choose among, nearest the defaults first (so an equal score goes to the smaller change): every
 * grid point, plus the defaults themselves when the grid does not hold them. The sort is stable.
 */
export function candidatesNearestDefaultsFirst(
  grid: TuningGrid,
  defaults: Readonly<RankingTuning> = DEFAULT_TUNING,
): TuningPoint[] {
  const points = gridPoints(grid);
  const asDefaults = gridDefaults(grid, defaults);
  const keyOf = (point: TuningPoint) => JSON.stringify(point);
  const all = points.some((point) => keyOf(point) === keyOf(asDefaults)) ? points : [asDefaults, ...points];
  const distances = new Map(all.map((point) => [point, distanceFromDefaults(point, defaults)] as const));
  return [...all].sort((a, b) => {
    const [countA, sizeA] = distances.get(a) ?? [0, 0];
    const [countB, sizeB] = distances.get(b) ?? [0, 0];
    return countA - countB || sizeA - sizeB;
  });
}

/**
 * What a choice maximises: the mean of Recall@3, the answered share and the out-of-scope declined share, each
 * counted only when there are questions for it (a file set with no oos question is judged on the other two).
 */
export function tuningObjective(scores: EvalScores): number {
  const parts = [
    ...(scores.answered.of > 0 ? [scores.recallAt3, shareOf(scores.answered)] : []),
    ...(scores.oosDeclined.of > 0 ? [shareOf(scores.oosDeclined)] : []),
  ];
  return parts.length === 0 ? 0 : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

/** The runs of one candidate's engine on one question file. */
export type RunsOf<P> = (candidate: P, file: string) => readonly QuestionRun[];

export interface HeldOutChoice<P> {
  /** The file the constants were not chosen on, and are reported on. */
  heldOut: string;
  chosen: P;
  /** The chosen point's objective on the other files. */
  trainingObjective: number;
  runs: readonly QuestionRun[];
  scores: EvalScores;
}

/**
 * The candidate with the best objective over `trainingFiles` (runs pooled); on a tie, the earlier candidate.
 * Looks only at `trainingFiles`.
 */
export function chooseCandidate<P>(
  candidates: readonly P[],
  trainingFiles: readonly string[],
  runsOf: RunsOf<P>,
): { chosen: P; objective: number } | undefined {
  let best: { chosen: P; objective: number } | undefined;
  for (const candidate of candidates) {
    const objective = tuningObjective(scoreRuns(trainingFiles.flatMap((file) => runsOf(candidate, file))));
    if (best === undefined || objective > best.objective + 1e-12) best = { chosen: candidate, objective };
  }
  return best;
}

export interface CrossValidation<P> {
  folds: Array<HeldOutChoice<P>>;
  /** Every held-out file's runs under the constants chosen without it, scored together: the cross-validated figure. */
  pooled: EvalScores;
}

/**
 * Leave-one-file-out: for each file, the candidate chosen on all the others, scored on that file. Needs at least
 * two files (with one there is nothing to choose on); with fewer, no fold.
 */
export function crossValidate<P>(
  files: readonly string[],
  candidates: readonly P[],
  runsOf: RunsOf<P>,
): CrossValidation<P> {
  const folds =
    files.length < 2
      ? []
      : files.flatMap((heldOut): Array<HeldOutChoice<P>> => {
          const choice = chooseCandidate(
            candidates,
            files.filter((file) => file !== heldOut),
            runsOf,
          );
          if (choice === undefined) return [];
          const runs = runsOf(choice.chosen, heldOut);
          return [
            { heldOut, chosen: choice.chosen, trainingObjective: choice.objective, runs, scores: scoreRuns(runs) },
          ];
        });
  return { folds, pooled: scoreRuns(folds.flatMap((fold) => fold.runs)) };
}
