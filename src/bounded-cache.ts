// The one bounded cache of the core: every memo of a pure function (a token's terms, a word's lemma, a passage's
// analysis, an article's speaker attributions, a word's WordNet senses, a term's passage count) keeps at most `limit`
// entries, so a long-running bot's memory stays flat however many questions and reloads it sees.
//
// Least recently used entries go first, in two generations (as quick-lru does): entries live in the young
// generation until it holds half the limit; then it becomes the old one, and the previous old one is dropped. A hit
// in the old generation moves the entry back to the young one. A hit in the young generation costs one Map lookup,
// which matters where a cache is read for every token of a large corpus.
export class BoundedCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #generationSize: number;

  /** `limit`: the most entries kept at once (at least 2). */
  constructor(readonly limit: number) {
    this.#generationSize = Math.max(1, Math.floor(limit / 2));
  }

  /** The value kept for `key`, or undefined when none is. */
  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined || this.#young.has(key)) return young;
    if (!this.#old.has(key)) return undefined;
    const old = this.#old.get(key) as V;
    this.#old.delete(key);
    this.#keepYoung(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.#young.has(key)) this.#young.set(key, value);
    else {
      this.#old.delete(key);
      this.#keepYoung(key, value);
    }
  }

  /** The value kept for `key`, or `make(key)`'s, kept from now on. */
  getOrSet(key: K, make: (key: K) => V): V {
    // The hot path of every memo: a young hit is one lookup, a miss four.
    const young = this.#young.get(key);
    if (young !== undefined || this.#young.has(key)) return young as V;
    if (this.#old.has(key)) {
      const old = this.#old.get(key) as V;
      this.#old.delete(key);
      this.#keepYoung(key, old);
      return old;
    }
    const value = make(key);
    this.#keepYoung(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.#young.has(key) || this.#old.has(key);
  }

  /** How many entries are kept now (never more than `limit`). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  #keepYoung(key: K, value: V): void {
    if (this.#young.size >= this.#generationSize) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }
}
