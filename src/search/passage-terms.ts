// A passage's words with their terms and places, derived with the index's analyzer: what speech detection,
// near-duplicate folding and snippets read, computed only for the few passages a question ranks highest.
import { processTerm, scanTokens } from './analyzer.js';

export interface AnalyzedToken {
  start: number;
  end: number;
  terms: readonly string[];
  /** A quotation mark stands between the previous word and this one. */
  afterQuote: boolean;
}

export interface AnalyzedPassage {
  tokens: AnalyzedToken[];
  /** Every term of the passage once. */
  termSet: ReadonlySet<string>;
}

const QUOTE = /["“”«»„]/;

export function analyzePassage(text: string): AnalyzedPassage {
  const tokens: AnalyzedToken[] = [];
  const termSet = new Set<string>();
  let previousEnd = 0;
  for (const token of scanTokens(text)) {
    const terms = processTerm(token.raw) ?? [];
    for (const term of terms) termSet.add(term);
    tokens.push({ start: token.start, end: token.end, terms, afterQuote: QUOTE.test(text.slice(previousEnd, token.start)) });
    previousEnd = token.end;
  }
  return { tokens, termSet };
}

/** Keeps the analyses of recently ranked passages: the same passages answer many questions in a row. */
export class PassageAnalysisCache {
  readonly #analyses = new Map<string, AnalyzedPassage>();
  constructor(private readonly limit = 2_000) {}

  get(passageId: string, text: string): AnalyzedPassage {
    const known = this.#analyses.get(passageId);
    if (known) return known;
    const analysis = analyzePassage(text);
    if (this.#analyses.size >= this.limit) {
      const oldest = this.#analyses.keys().next().value;
      if (oldest !== undefined) this.#analyses.delete(oldest);
    }
    this.#analyses.set(passageId, analysis);
    return analysis;
  }
}
