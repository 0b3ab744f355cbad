// Naming who a credited pronoun is: the engine credits "she" in "she reiterated that …" to the person the article
// last named (speaker-attribution.ts); a reader of the snippet alone cannot tell who "she" is. This splits each
// credited pronoun into its own span carrying the speaker, so each face can show `she [Claudia Sheinbaum]`.
import type { SpeakerAttribution } from './speaker-attribution.js';
import type { SnippetSpan } from '../types.js';

const ELLIPSIS = '…';

/**
 * `spans` (pieces of `text` in order, as makeSnippet returns them) with every pronoun at one of the attribution's
 * offsets split into a span of its own that names the speaker. Spans not found in `text` are kept as they are.
 */
export function creditSpeaker(
  text: string,
  spans: readonly SnippetSpan[],
  attribution: SpeakerAttribution | undefined,
): SnippetSpan[] {
  if (!attribution || attribution.pronounStarts.length === 0) return [...spans];
  const credited: SnippetSpan[] = [];
  let cursor = 0;
  for (const span of spans) {
    const at = span.text === ELLIPSIS ? -1 : text.indexOf(span.text, cursor);
    if (at < 0) {
      credited.push(span);
      continue;
    }
    cursor = at + span.text.length;
    let from = 0;
    for (const start of attribution.pronounStarts) {
      const local = start - at;
      if (local < from || local >= span.text.length) continue;
      const pronoun = /^[Ss]?[Hh]e\b/.exec(span.text.slice(local))?.[0];
      if (!pronoun) continue;
      if (local > from) credited.push({ text: span.text.slice(from, local), marked: span.marked });
      credited.push({ text: pronoun, marked: span.marked, speaker: attribution.speaker });
      from = local + pronoun.length;
    }
    if (from < span.text.length)
      credited.push(from === 0 ? span : { text: span.text.slice(from), marked: span.marked });
  }
  return credited;
}
