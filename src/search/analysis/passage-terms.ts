// A passage's words with their terms and places, derived with the index's analyzer: what speech detection,
// near-duplicate folding and snippets read, computed only for the few passages a question ranks highest.
import { BoundedCache } from '../../bounded-cache.js';
import { processTerm, scanTokens } from './analyzer.js';
import type { SpeakerAttribution } from '../attribution/speaker-attribution.js';
import { POSSIBILITY_MODALS } from './stopwords.js';

export interface AnalyzedToken {
  start: number;
  end: number;
  terms: readonly string[];
  /** A quotation mark stands between the previous word and this one. */
  afterQuote: boolean;
  /** The word stands inside a quotation (“…” or "…"). */
  quoted: boolean;
  /** The word is a modal of possibility (could, might, may, would). */
  isModal: boolean;
}

export interface AnalyzedPassage {
  tokens: AnalyzedToken[];
  /** Every term of the passage once. */
  termSet: ReadonlySet<string>;
}

const QUOTE = /["“”«»„]/;
const OPENING = /[“«„]/;
const CLOSING = /[”»]/;

/** Whether a quotation is open after the marks in `between`: curly marks open and close, straight ones toggle. */
function quoteStateAfter(between: string, isOpen: boolean): boolean {
  let open = isOpen;
  for (const character of between) {
    if (OPENING.test(character)) open = true;
    else if (CLOSING.test(character)) open = false;
    else if (character === '"') open = !open;
  }
  return open;
}

/**
 * With an attribution, each attributed pronoun ("she" in "she reiterated …") carries the speaker's terms, so the
 * passage holds the name where it speaks: coverage, the speech rule and snippets read it as if the name stood there.
 */
export function analyzePassage(text: string, attribution?: SpeakerAttribution): AnalyzedPassage {
  const tokens: AnalyzedToken[] = [];
  const termSet = new Set<string>();
  let previousEnd = 0;
  let isInsideQuote = false;
  for (const token of scanTokens(text)) {
    const ownTerms = processTerm(token.raw) ?? [];
    const terms =
      attribution?.pronounStarts.includes(token.start) === true ? [...ownTerms, ...attribution.terms] : ownTerms;
    for (const term of terms) termSet.add(term);
    const between = text.slice(previousEnd, token.start);
    isInsideQuote = quoteStateAfter(between, isInsideQuote);
    tokens.push({
      start: token.start,
      end: token.end,
      terms,
      afterQuote: QUOTE.test(between),
      quoted: isInsideQuote,
      isModal: POSSIBILITY_MODALS.has(token.raw.toLowerCase()),
    });
    previousEnd = token.end;
  }
  return { tokens, termSet };
}

/** Keeps the analyses of recently ranked passages: the same passages answer many questions in a row. */
export class PassageAnalysisCache {
  readonly #analyses: BoundedCache<string, AnalyzedPassage>;
  constructor(
    limit = 2_000,
    private readonly attributionOf: (passageId: string) => SpeakerAttribution | undefined = () => undefined,
  ) {
    this.#analyses = new BoundedCache(limit);
  }

  get(passageId: string, text: string): AnalyzedPassage {
    return this.#analyses.getOrSet(passageId, () => analyzePassage(text, this.attributionOf(passageId)));
  }
}
