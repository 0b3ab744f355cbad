// Every passage's speaker attribution (speaker-attribution.ts), worked out once for the whole corpus when the index
// is built: the index needs them all anyway, the saved index keeps them, and the engine then reads them instead of
// re-attributing each candidate's whole article while a question waits.
import type { Article } from '../../corpus/types.js';
import { attributeSpeakers, type SpeakerAttribution } from './speaker-attribution.js';

/** Passage id → attribution, for the passages that have one. */
export type Attributions = ReadonlyMap<string, SpeakerAttribution>;

export function attributionsOf(articles: readonly Article[]): Attributions {
  const all = new Map<string, SpeakerAttribution>();
  for (const article of articles)
    for (const [passageId, attribution] of attributeSpeakers(article)) all.set(passageId, attribution);
  return all;
}
