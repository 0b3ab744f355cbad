// Engines over one corpus with different ranking constants, for the eval's grid: the postings and the speaker
// attributions do not depend on the constants (BM25's and the field boosts are applied at query time), so they are
// built once and every engine is assembled over them, as the engine is over a saved index.
import type { Article } from '../src/corpus/types.js';
import {
  assembleEngine,
  attributionsOf,
  buildPostings,
  type Engine,
  type RankingTuning,
  uniqueArticles,
} from '../src/search/index.js';

export type EngineWithTuning = (tuning: Partial<RankingTuning>) => Engine;

export function tunedEngines(articles: readonly Article[]): EngineWithTuning {
  const distinct = uniqueArticles(articles);
  const attributions = attributionsOf(distinct);
  const postings = buildPostings(distinct, attributions);
  return (tuning) => assembleEngine(distinct, postings, tuning, attributions);
}
