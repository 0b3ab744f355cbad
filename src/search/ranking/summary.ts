// A request for the gist ("tl;dr", "summary", "key points"): news articles sum themselves up in their opening
// paragraphs and under summary headings, and those passages answer it.
import type { Passage } from '../../corpus/types.js';

/** A ranked passage as the summary rule sees it. */
export interface Summarisable {
  articleId: string;
  passage: Passage;
  score: number;
  coverage: number;
}

/** Headings of the sections where an article sums itself up. */
const SUMMARY_SECTION =
  /\b(?:takeaways?|key points?|summary|highlights|at a glance|bottom line|what we know|overview|in brief|tl;?\s?dr)\b/iu;
/** An article's opening paragraphs: in news writing, the lede that says what happened. */
const OPENING_PARAGRAPHS = 2;

/**
 * "tl;dr on the Resist Hate article", "trump mexico cartels tl;dr": a reader asking for the gist is answered by the
 * articles' own summaries. An article's opening or summary passage takes the score and coverage of the article's best
 * passage for the question, a little above it, so the gist of each relevant article comes before its details.
 */
export const SUMMARY_LIFT = 1.1;

export function liftSummaries<T extends Summarisable>(candidates: readonly T[]): void {
  const bestOfArticle = new Map<string, T>();
  for (const candidate of candidates) {
    const best = bestOfArticle.get(candidate.articleId);
    if (best === undefined || candidate.score > best.score) bestOfArticle.set(candidate.articleId, candidate);
  }
  const lifted = new Map<T, { score: number; coverage: number }>();
  for (const candidate of candidates) {
    const best = bestOfArticle.get(candidate.articleId);
    if (best === undefined || !isSummaryPassage(candidate.passage)) continue;
    lifted.set(candidate, {
      score: Math.max(candidate.score, best.score * SUMMARY_LIFT),
      coverage: Math.max(candidate.coverage, best.coverage),
    });
  }
  for (const [candidate, { score, coverage }] of lifted) {
    candidate.score = score;
    candidate.coverage = coverage;
  }
}

/** Whether a passage sums up its article: one of its opening paragraphs, or under a summary heading. */
export function isSummaryPassage(passage: Passage): boolean {
  return passage.paragraph <= OPENING_PARAGRAPHS || (passage.section !== null && SUMMARY_SECTION.test(passage.section));
}
