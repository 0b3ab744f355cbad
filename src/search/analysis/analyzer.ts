// The analyzer: how text becomes index terms. The same functions run over passages at index time and over
// questions at query time, so a word in a question meets the same word in the articles however either is spelled.
import { createRequire } from 'node:module';
import type { WinkLemmatizer } from 'wink-lemmatizer';
import { hasLemmaTable, tabledLemma, type LemmaTable } from './lemma-table.js';
import { BoundedCache } from '../../bounded-cache.js';
import { stripInvisible } from '../../text/invisible.js';
import * as wordLists from './stopwords.js';
import { STOPWORDS } from './stopwords.js';
import { listedWords } from './word-frequency.js';

/**
 * Bump whenever a change here (or in the text clean-up it shares with the loader, src/text/) would index or store any
 * text differently: a persisted index built by another version is rebuilt. 6: the loader removes the word joiner
 * (U+2060) from articles, as the analyzer always did. 7: a pronoun with its verb ("they're", "i'd") is a stopword.
 */
export const ANALYZER_VERSION = 'analyzer-7';

/** The one term every spelling of the country becomes (U.S., US, USA, U.S.A., United States). */
export const COUNTRY_US = 'usa';

/** A word as it stands in the text, with its place (for marking snippets). */
export interface Token {
  raw: string;
  start: number;
  end: number;
}

// One alternative a kind of token, tried in order:
//  1. dotted acronyms of single letters (U.S., U.N., e.g.) stay one token, so "U.S." is not "u" + "s";
//  2. numbers with their currency sign, decimals, thousands separators, percent sign or suffix ($800, 3.5%, 1990s)
//     and hyphenated tails (45-year), so figures stay searchable;
//  3. words, keeping inner apostrophes (Sheinbaum's, don't) and hyphens (al-Qaeda, drug-trafficking).
// En and em dashes split (U.S.–Mexico is two words). No alternative can backtrack over more than one token.
const DOTTED_ACRONYM = String.raw`\p{L}(?:\.\p{L}(?![\p{L}\p{N}]))+\.?`;
const FIGURE = String.raw`[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:%|\p{L}+)?(?:[-‐‑][\p{L}\p{N}]+)*`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*`;
const TOKEN = new RegExp(`${DOTTED_ACRONYM}|${FIGURE}|${WORD}`, 'gu');

// "United States" is two words the country's one form must cover: the scanner joins them into one token.
const UNITED = /^united$/i;
const STATES = /^states(?:['’]s?)?$/i;

/** Longest token kept: longer runs (URLs without spaces, base64) are not words anyone searches for. */
const MAX_TOKEN_LENGTH = 64;

// Ranking reads the same passages again and again (a question's candidates, their neighbours for speaker
// attribution, the next question's candidates): their tokens are kept for the most recently scanned texts.
const tokenMemo = new BoundedCache<string, Token[]>(4_096);

/**
 * Splits text into word tokens with their offsets. Never throws; returns [] for text without words. The array
 * returned is shared between calls for the same text (frozen): copy it before changing it.
 */
export function scanTokens(text: string): Token[] {
  return tokenMemo.getOrSet(text, frozenTokensOf);
}

function frozenTokensOf(text: string): Token[] {
  return Object.freeze(scanTokensOf(text)) as Token[];
}

function scanTokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const previous = tokens[tokens.length - 1];
    if (previous && UNITED.test(previous.raw) && STATES.test(raw) && /^\s+$/.test(text.slice(previous.end, start))) {
      tokens[tokens.length - 1] = { raw: `${previous.raw} ${raw}`, start: previous.start, end: start + raw.length };
      continue;
    }
    if (raw.length <= MAX_TOKEN_LENGTH) tokens.push({ raw, start, end: start + raw.length });
  }
  return tokens;
}

/** The index's tokenizer: the raw tokens of a field, case kept (processTerm needs it to tell "US" from "us"). */
export function tokenize(text: string): string[] {
  return scanTokens(stripInvisible(text)).map((token) => token.raw);
}

const PLAIN_ASCII = /^[\x00-\x7F]*$/;

/** Lower case, then fold diacritics (Nicolás = nicolas) with canonical decomposition; never strips other letters. */
export function foldCase(word: string): string {
  // Plain ASCII has no marks, curly quotes or Unicode hyphens to fold: lower case is the whole work.
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-');
}

// Lemmas are looked up for the same words again and again; a bounded memo keeps indexing large corpora fast.
const lemmaMemo = new BoundedCache<string, string>(100_000);

/**
 * Lemmatises with wink-lemmatizer, verb first (said → say, strikes → strike, running → run), then noun
 * (deaths → death, cartels → cartel), then adjective (largest → large): verbs first because news questions ask
 * what someone said or did, and the verb table also covers the -ing and -ed forms that nouns and adjectives share.
 * A lemma that would change a word's first letter is refused (wink maps a few rare forms oddly).
 */
export function lemmatize(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  return lemmaMemo.getOrSet(word, lemmaOf);
}

let wink: WinkLemmatizer | undefined;

/** wink-lemmatizer, loaded on first need: its word lists take about a quarter of a second to load. */
export function winkLemmatizer(): WinkLemmatizer {
  wink ??= createRequire(import.meta.url)('wink-lemmatizer') as WinkLemmatizer;
  return wink;
}

/** wink-lemmatizer's lemma of `word`, as lemmatize describes. */
export function winkLemma(word: string): string {
  const lemmatizer = winkLemmatizer();
  let lemma = lemmatizer.verb(word);
  if (lemma === word) lemma = lemmatizer.noun(word);
  if (lemma === word) lemma = lemmatizer.adjective(word);
  return !lemma || lemma[0] !== word[0] ? word : lemma;
}

/** The endings wink takes off (-s, -es, -ies, -men, -ed, -ing, -er, -est): a word without one is its own lemma. */
const INFLECTED = /(?:s|ed|ing|men|er|est)$/;

/** The lemmas wink gave in this process (or a saved index taught), at most LEARNED_LEMMAS of them. */
const learned = new Map<string, string>();
const LEARNED_LEMMAS = 200_000;

function lemmaOf(word: string): string {
  const known = tabledLemma(word) ?? learned.get(word);
  if (known !== undefined) return known;
  // With the build's table, which holds every form wink's exception lists map, a word without an ending is itself.
  if (hasLemmaTable() && !INFLECTED.test(word)) return word;
  const lemma = winkLemma(word);
  if (learned.size < LEARNED_LEMMAS) learned.set(word, lemma);
  return lemma;
}

/** The lemmas wink gave in this process that the build's table lacks: what a saved index keeps beside it. */
export function learnedLemmas(): LemmaTable {
  return Object.fromEntries([...learned].map(([word, lemma]) => [word, lemma === word ? '' : lemma]));
}

/** Lemmas saved beside an index: the corpus's own words, so answering from it never needs to load wink. */
export function teachLemmas(entries: LemmaTable): void {
  for (const [word, lemma] of Object.entries(entries)) {
    if (learned.size >= LEARNED_LEMMAS) return;
    if (/^[a-z]+$/.test(word) && typeof lemma === 'string') learned.set(word, lemma === '' ? word : lemma);
  }
}

/**
 * The words the build's lemma table holds (lemma-table.ts): every word of the frequency list, every form wink's exception
 * lists map, and the words of the planner's own lists (stopwords, framing, chat), which it lemmatises as it loads.
 */
export function lemmaTableWords(): string[] {
  const ownLists = Object.values(wordLists).filter((value): value is ReadonlySet<string> => value instanceof Set);
  const ownWords = ownLists.flatMap((list) => [...list].flatMap((entry) => entry.toLowerCase().split(/[^a-z]+/)));
  return [...listedWords(), ...irregularForms(), ...ownWords].filter((word) => /^[a-z]{3,}$/.test(word));
}

/** The forms wink's exception lists map to another lemma ("went" → go): part of the build's table. */
export function irregularForms(): string[] {
  const require = createRequire(import.meta.url);
  const lists = ['wn-adjective-exceptions', 'wn-noun-exceptions', 'wn-verb-exceptions'].map(
    (name) => require(`wink-lexicon/src/${name}.js`) as Record<string, string>,
  );
  return lists.flatMap((list) => Object.keys(list)).filter((word) => /^[a-z]+$/.test(word));
}

/** The term of one plain word (no hyphen, no dots): null for stopwords and stray single letters. */
function wordTerm(word: string): string | null {
  if (word === '' || STOPWORDS.has(word)) return null;
  if (word.length === 1 && !/\p{N}/u.test(word)) return null;
  const lemma = lemmatize(word);
  return STOPWORDS.has(lemma) ? null : lemma;
}

function isCountryToken(raw: string): boolean {
  if (/^united\s+states/i.test(raw)) return true;
  // Upper case only: "US" and "USA" are the country, lower-case "us" is the pronoun (a stopword).
  if (raw === 'US' || raw === 'USA' || raw === 'Usa' || raw === 'usa') return true;
  // With dots the letters are unambiguous in any case: u.s., U.S., U.S.A.
  return /^u\.s\.(?:a\.?)?$|^u\.s$/i.test(raw);
}

/**
 * The index's term processing: one raw token to its index terms. Returns null when the token carries no meaning
 * (stopwords), one term for most words, or several for compounds: `al-Qaeda` → al-qaeda, al, qaeda, so both the
 * compound and its parts are searchable; `97%` → 97, percent, so "97 percent" finds it. The array returned is shared
 * between calls (frozen): copy it before changing it.
 */
export function processTerm(raw: string): readonly string[] | null {
  return termMemo.getOrSet(raw, frozenTermsOf);
}

function frozenTermsOf(raw: string): readonly string[] | null {
  const terms = termsOf(raw);
  return terms === null ? null : Object.freeze(terms);
}

// A corpus repeats a few tens of thousands of distinct tokens millions of times: processTerm is pure, so its results
// are kept by raw token (bounded), which makes indexing and re-analysing candidate passages mostly lookups.
const termMemo = new BoundedCache<string, readonly string[] | null>(200_000);

function termsOf(raw: string): string[] | null {
  if (isCountryToken(raw)) return [COUNTRY_US];
  let word = foldCase(raw);
  // Possessive 's (Sheinbaum's → sheinbaum) and a stray trailing apostrophe.
  word = word.replace(/'s$/, '').replace(/'$/, '');
  if (word.includes('.') && /^\p{L}(?:\.\p{L})+\.?$/u.test(word)) {
    // Dotted acronym (U.N. → un, e.g. → eg).
    return [word.replace(/\./g, '')];
  }
  const number = /^[$€£¥]?(\p{N}+(?:[.,]\p{N}+)*)(%?)(.*)$/u.exec(word);
  if (number && number[1] !== undefined) {
    // Thousands separators go (1,000 = 1000); a decimal point stays (3.5).
    const digits = number[1].replace(/,(?=\d{3}(?:\D|$))/g, '');
    const rest = number[3] ?? '';
    const terms = [digits + rest];
    if (number[2] === '%') terms.push('percent');
    if (rest.startsWith('-'))
      terms.push(
        digits,
        ...rest
          .slice(1)
          .split('-')
          .flatMap((part) => wordTerm(part) ?? []),
      );
    return unique(terms);
  }
  if (word.includes('-')) {
    const parts = word.split('-').filter((part) => part !== '');
    // Parts are judged with their case, so US-Mexico yields the country and mexico.
    const rawParts = raw.split(/[-‐‑]/).filter((part) => part !== '');
    const partTerms = parts.flatMap((part, index) =>
      isCountryToken(rawParts[index] ?? '') ? [COUNTRY_US] : (wordTerm(part) ?? []),
    );
    if (partTerms.length === 0) return null;
    return unique([parts.join('-'), ...partTerms]);
  }
  const term = wordTerm(word);
  return term === null ? null : [term];
}

/** Every term of a text, in order, repeats kept: what the index sees of it. */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((raw) => processTerm(raw) ?? []);
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}
