// Peer engines for the eval and the benchmark: each is built over the same passages our engine indexes and
// answers a question with ranked passage ids. Every peer runs at its library's defaults (plus the minimum the
// library needs to work at all), so the comparison measures our analysis, not a handicapped rival.
// A peer "declines" only by returning nothing.
import { createRequire } from 'node:module';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/corpus/types.js';

/** What a peer needs of a passage. */
export type PeerPassage = Pick<Passage, 'id' | 'text'>;

export interface PeerIndex {
  /** Passage ids, best first, at most `limit`. Never throws for any question. */
  search(question: string, limit: number): string[];
}

export interface PeerEngine {
  /** As the eval table shows it. */
  name: string;
  build(passages: readonly PeerPassage[]): PeerIndex;
}

export const miniSearchDefault: PeerEngine = {
  name: 'MiniSearch, default options',
  build(passages) {
    const index = new MiniSearch<PeerPassage>({ fields: ['text'] });
    index.addAll(passages);
    return {
      search: (question, limit) =>
        index
          .search(question)
          .slice(0, limit)
          .map((result) => String(result.id)),
    };
  },
};

export const lunrDefault: PeerEngine = {
  name: 'lunr 2.3, default pipeline',
  build(passages) {
    const index = lunr(function () {
      this.ref('id');
      this.field('text');
      for (const passage of passages) this.add(passage);
    });
    const searchTerms = (question: string): lunr.Index.Result[] => {
      try {
        return index.search(question);
      } catch {
        // lunr's query syntax rejects some plain questions (a trailing ":" or "~"); ask for the words instead.
        return index.query((query) => {
          query.term(lunr.tokenizer(question.replace(/[:~^*+-]/g, ' ')), {});
        });
      }
    };
    return {
      search: (question, limit) =>
        searchTerms(question)
          .slice(0, limit)
          .map((result) => result.ref),
    };
  },
};

// wink's packages ship no types: describe the parts used here.
interface WinkBm25 {
  defineConfig(config: { fldWeights: Record<string, number> }): void;
  definePrepTasks(tasks: Array<(input: never) => unknown>): void;
  addDoc(document: Record<string, string>, id: string): void;
  consolidate(): void;
  search(text: string, limit?: number): Array<[string, number]>;
}
type PrepTask = (input: never) => unknown;
interface WinkNlpUtils {
  string: { lowerCase: PrepTask; removeExtraSpaces: PrepTask; tokenize0: PrepTask };
  tokens: { propagateNegations: PrepTask; removeWords: PrepTask; stem: PrepTask };
}
const require = createRequire(import.meta.url);

export const winkBm25Default: PeerEngine = {
  name: 'wink-bm25-text-search',
  build(passages) {
    const createWink = require('wink-bm25-text-search') as () => WinkBm25;
    const nlp = require('wink-nlp-utils') as WinkNlpUtils;
    const index = createWink();
    index.defineConfig({ fldWeights: { text: 1 } });
    // The prep tasks wink's own README pairs with it: lower case, tokenize, negations, stopwords, Porter stem.
    index.definePrepTasks([
      nlp.string.lowerCase,
      nlp.string.removeExtraSpaces,
      nlp.string.tokenize0,
      nlp.tokens.propagateNegations,
      nlp.tokens.removeWords,
      nlp.tokens.stem,
    ]);
    for (const passage of passages) index.addDoc({ text: passage.text }, passage.id);
    // wink refuses to consolidate fewer than 3 documents; such an index simply finds nothing.
    const isSearchable = passages.length >= 3;
    if (isSearchable) index.consolidate();
    return {
      search: (question, limit) => (isSearchable ? index.search(question, limit).map(([id]) => id) : []),
    };
  },
};

export const peerEngines: readonly PeerEngine[] = [miniSearchDefault, lunrDefault, winkBm25Default];
