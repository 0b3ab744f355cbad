// Speculation: for questions asked with a modal ("what could happen to X", "how might Y react"), a passage that
// says what could or might happen to the topic answers better than one that only reports what is.
import type { TopicEvidence } from './evidence.js';
import type { AnalyzedPassage } from '../analysis/passage-terms.js';

/** How near (in words) a modal must stand to a topic word to count as speculating about it. */
export const POSSIBILITY_WINDOW = 8;

export function speculatesAbout(passage: AnalyzedPassage, evidence: TopicEvidence): boolean {
  const modals: number[] = [];
  passage.tokens.forEach((token, position) => {
    if (token.isModal) modals.push(position);
  });
  if (modals.length === 0) return false;
  for (const positions of evidence.inText.values()) {
    if (positions.some((position) => modals.some((modal) => Math.abs(modal - position) <= POSSIBILITY_WINDOW)))
      return true;
  }
  return false;
}
