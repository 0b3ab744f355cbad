// The saved index's binary part: the postings, the passages' field lengths and the passages themselves (texts, ids, ¶
// and part, section, kind, opinion) as one run of typed arrays and UTF-8 blocks, each 8-byte aligned. Loading it is a
// few typed-array views and three string decodes, not millions of JSON values and Map entries. What the blocks hold and
// how long they are is described by an `IndexFileLayout`, kept in the manifest (persist.ts), which also holds the
// articles' metadata and the hash the bytes must match.
import type { Article, Passage } from '../../corpus/types.js';
import { INDEX_FIELDS } from '../index/fields.js';
import type { Attributions } from '../attribution/attributions.js';
import { assemblePostings, type Postings } from '../index/postings.js';
import type { SpeakerAttribution } from '../attribution/speaker-attribution.js';

type AttributionRow = [shortId: number, speaker: string, terms: string[], pronounStarts: number[]];

/** Counts and block sizes that fix where every block of the binary file starts. */
export interface IndexFileLayout {
  passages: number;
  terms: number;
  postings: number;
  fields: number;
  termBytes: number;
  idBytes: number;
  textBytes: number;
  attributionBytes: number;
}

/** An article as the manifest keeps it: everything but its passages, which are in the binary file. */
export type ArticleHeader = Omit<Article, 'passages'> & { passageCount: number };

export interface EncodedIndex {
  bytes: Uint8Array;
  layout: IndexFileLayout;
  articles: ArticleHeader[];
  sections: string[];
}

export type DecodedIndex =
  { ok: true; articles: Article[]; postings: Postings; attributions: Attributions } | { ok: false; reason: string };

const KINDS: readonly Passage['kind'][] = ['paragraph', 'list', 'list-item', 'table'];
/** Terms and passage ids never contain NUL (the analyzer's tokens and file names cannot): it separates them. */
const SEPARATOR = '\0';

interface Block {
  name: string;
  bytes: number;
}

function blocksOf(layout: IndexFileLayout): Block[] {
  const { passages, terms, postings, fields } = layout;
  return [
    { name: 'averageFieldLengths', bytes: 8 * fields },
    { name: 'fieldLengths', bytes: 4 * fields * passages },
    { name: 'starts', bytes: 4 * (terms * fields + 1) },
    { name: 'postingPassages', bytes: 4 * postings },
    { name: 'postingCounts', bytes: 4 * postings },
    { name: 'passageFrequencies', bytes: 4 * terms },
    { name: 'articleOf', bytes: 4 * passages },
    { name: 'paragraphs', bytes: 4 * passages },
    { name: 'parts', bytes: 4 * passages },
    { name: 'sectionOf', bytes: 4 * passages },
    { name: 'textEnds', bytes: 4 * passages },
    { name: 'kinds', bytes: passages },
    { name: 'opinions', bytes: passages },
    { name: 'terms', bytes: layout.termBytes },
    { name: 'ids', bytes: layout.idBytes },
    { name: 'texts', bytes: layout.textBytes },
    { name: 'attributions', bytes: layout.attributionBytes },
  ];
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;

/** Where each block starts, and the file's total length. */
function offsetsOf(layout: IndexFileLayout): {
  offsets: Map<string, { offset: number; bytes: number }>;
  length: number;
} {
  const offsets = new Map<string, { offset: number; bytes: number }>();
  let offset = 0;
  for (const block of blocksOf(layout)) {
    offsets.set(block.name, { offset, bytes: block.bytes });
    offset = align(offset + block.bytes);
  }
  return { offsets, length: offset };
}

/** Typed arrays are read in the machine's byte order; a file written on another is rebuilt, not misread. */
export const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Encodes the articles and their postings. Throws when the postings were not made from these articles in this
 * order (a caller mistake: the saved index would cite the wrong passages).
 */
export function encodeIndex(
  articles: readonly Article[],
  postings: Postings,
  attributions: Attributions,
): EncodedIndex {
  const passageList = articles.flatMap((article) => article.passages);
  if (
    passageList.length !== postings.passageCount ||
    passageList.some((passage, shortId) => postings.passageIds[shortId] !== passage.id)
  ) {
    throw new Error('index file: the postings were not made from these articles in this order');
  }
  const encoder = new TextEncoder();
  const termBlock = encoder.encode(postings.termList.join(SEPARATOR));
  const idBlock = encoder.encode(passageList.map((passage) => passage.id).join(SEPARATOR));
  const texts = passageList.map((passage) => passage.text);
  const textBlock = encoder.encode(texts.join(''));
  // Few passages carry an attribution: JSON rows [short id, speaker, terms, pronoun starts].
  const attributionRows = passageList.flatMap((passage, shortId): AttributionRow[] => {
    const attribution = attributions.get(passage.id);
    return attribution === undefined
      ? []
      : [[shortId, attribution.speaker, [...attribution.terms], [...attribution.pronounStarts]]];
  });
  const attributionBlock = encoder.encode(JSON.stringify(attributionRows));
  const layout: IndexFileLayout = {
    passages: postings.passageCount,
    terms: postings.termList.length,
    postings: postings.passages.length,
    fields: postings.fieldCount,
    termBytes: termBlock.length,
    idBytes: idBlock.length,
    textBytes: textBlock.length,
    attributionBytes: attributionBlock.length,
  };

  const sections: string[] = [];
  const sectionNumbers = new Map<string, number>();
  const sectionOf = new Int32Array(passageList.length);
  passageList.forEach((passage, shortId) => {
    if (passage.section === null) {
      sectionOf[shortId] = -1;
      return;
    }
    let number = sectionNumbers.get(passage.section);
    if (number === undefined) {
      number = sections.length;
      sectionNumbers.set(passage.section, number);
      sections.push(passage.section);
    }
    sectionOf[shortId] = number;
  });
  const articleOf = new Uint32Array(passageList.length);
  let shortId = 0;
  articles.forEach((article, articleNumber) => {
    for (let count = 0; count < article.passages.length; count += 1) articleOf[shortId++] = articleNumber;
  });
  const textEnds = new Uint32Array(passageList.length);
  let textEnd = 0;
  texts.forEach((text, position) => {
    textEnd += text.length;
    textEnds[position] = textEnd;
  });

  const contents: Record<string, ArrayBufferView> = {
    averageFieldLengths: postings.averageFieldLengths,
    fieldLengths: postings.fieldLengths,
    starts: postings.starts,
    postingPassages: postings.passages,
    postingCounts: postings.counts,
    passageFrequencies: postings.passageFrequencies,
    articleOf,
    paragraphs: Uint32Array.from(passageList, (passage) => passage.paragraph),
    // 0: a whole paragraph; n: part n of a split one.
    parts: Uint32Array.from(passageList, (passage) => passage.part ?? 0),
    sectionOf,
    textEnds,
    kinds: Uint8Array.from(passageList, (passage) => KINDS.indexOf(passage.kind)),
    opinions: Uint8Array.from(passageList, (passage) => (passage.opinion ? 1 : 0)),
    terms: termBlock,
    ids: idBlock,
    texts: textBlock,
    attributions: attributionBlock,
  };
  const { offsets, length } = offsetsOf(layout);
  const bytes = new Uint8Array(length);
  for (const [name, { offset, bytes: size }] of offsets) {
    const content = contents[name];
    if (!content || content.byteLength !== size)
      throw new Error(`index file: block ${name} holds ${content?.byteLength ?? 0} bytes, expected ${size}`);
    bytes.set(new Uint8Array(content.buffer, content.byteOffset, content.byteLength), offset);
  }
  const headers = articles.map(({ passages, ...header }): ArticleHeader => ({
    ...header,
    passageCount: passages.length,
  }));
  return { bytes, layout, articles: headers, sections };
}

/** The file's length for a layout: what the manifest's byte count must equal. */
export function indexFileLength(layout: IndexFileLayout): number {
  return offsetsOf(layout).length;
}

/**
 * Decodes the binary file back into articles and postings. Every count and offset is checked before use, so a
 * file that does not fit its layout is a reason to rebuild, never a crash or a wrong citation.
 */
export function decodeIndex(
  bytes: Uint8Array,
  layout: IndexFileLayout,
  headers: readonly ArticleHeader[],
  sections: readonly string[],
): DecodedIndex {
  const fail = (why: string): DecodedIndex => ({
    ok: false,
    reason: `the saved index does not fit its description (${why})`,
  });
  const { offsets, length } = offsetsOf(layout);
  if (bytes.length !== length) return fail(`${bytes.length} bytes, expected ${length}`);
  if (layout.fields !== INDEX_FIELDS.length) return fail(`${layout.fields} fields, expected ${INDEX_FIELDS.length}`);
  // Typed-array views need aligned offsets: copy the rare buffer that does not start on an 8-byte boundary.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = <T>(
    name: string,
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
    width: number,
  ): T => {
    const block = offsets.get(name) ?? { offset: 0, bytes: 0 };
    return make(data.buffer, data.byteOffset + block.offset, block.bytes / width);
  };
  const uint32 = (name: string) => view(name, (buffer, offset, count) => new Uint32Array(buffer, offset, count), 4);
  const uint8 = (name: string) => view(name, (buffer, offset, count) => new Uint8Array(buffer, offset, count), 1);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (name: string): string | null => {
    try {
      return decoder.decode(uint8(name));
    } catch {
      return null;
    }
  };

  const { passages: passageCount, terms: termCount, postings: postingCount, fields: fieldCount } = layout;
  const starts = uint32('starts');
  const postingPassages = uint32('postingPassages');
  const articleOf = uint32('articleOf');
  const paragraphs = uint32('paragraphs');
  const parts = uint32('parts');
  const sectionOf = view('sectionOf', (buffer, offset, count) => new Int32Array(buffer, offset, count), 4);
  const textEnds = uint32('textEnds');
  const kinds = uint8('kinds');
  const opinions = uint8('opinions');

  for (let position = 0; position < starts.length; position += 1) {
    if ((starts[position] ?? 0) > (starts[position + 1] ?? postingCount)) return fail('posting starts out of order');
  }
  if (starts[starts.length - 1] !== postingCount) return fail('posting starts do not end at the posting count');
  for (let position = 0; position < postingCount; position += 1)
    if ((postingPassages[position] ?? 0) >= passageCount) return fail('a posting names no passage');
  if (headers.reduce((sum, header) => sum + header.passageCount, 0) !== passageCount)
    return fail('the articles hold another number of passages');

  const termBlock = text('terms');
  const idBlock = text('ids');
  const textBlock = text('texts');
  if (termBlock === null || idBlock === null || textBlock === null) return fail('a text block is not UTF-8');
  const termList = termCount === 0 ? [] : termBlock.split(SEPARATOR);
  const passageIds = passageCount === 0 ? [] : idBlock.split(SEPARATOR);
  if (termList.length !== termCount) return fail(`${termList.length} terms, expected ${termCount}`);
  if (passageIds.length !== passageCount) return fail(`${passageIds.length} passage ids, expected ${passageCount}`);

  const articles: Article[] = headers.map(({ passageCount: _count, ...header }) => ({ ...header, passages: [] }));
  let textStart = 0;
  for (let shortId = 0; shortId < passageCount; shortId += 1) {
    const article = articles[articleOf[shortId] ?? 0];
    const textEnd = textEnds[shortId] ?? 0;
    const section = sectionOf[shortId] ?? -1;
    const kind = KINDS[kinds[shortId] ?? 0];
    if (!article || (shortId > 0 && (articleOf[shortId] ?? 0) < (articleOf[shortId - 1] ?? 0)))
      return fail('passages out of article order');
    if (textEnd < textStart || textEnd > textBlock.length) return fail('passage texts out of bounds');
    if (section >= sections.length || kind === undefined) return fail('a passage names no section or kind');
    article.passages.push({
      id: passageIds[shortId] ?? '',
      articleId: article.id,
      paragraph: paragraphs[shortId] ?? 0,
      ...((parts[shortId] ?? 0) === 0 ? {} : { part: parts[shortId] }),
      section: section < 0 ? null : (sections[section] ?? null),
      kind,
      text: textBlock.slice(textStart, textEnd),
      opinion: opinions[shortId] === 1,
    });
    textStart = textEnd;
  }
  if (textStart !== textBlock.length) return fail('passage texts do not fill the text block');
  if (articles.some((article, articleNumber) => article.passages.length !== headers[articleNumber]?.passageCount))
    return fail('an article holds another number of passages');

  const attributions = attributionsFrom(text('attributions'), passageIds);
  if (attributions === null) return fail('the speaker attributions are malformed');

  const postings = assemblePostings({
    passageCount,
    fieldCount,
    averageFieldLengths: view(
      'averageFieldLengths',
      (buffer, offset, count) => new Float64Array(buffer, offset, count),
      8,
    ),
    fieldLengths: uint32('fieldLengths'),
    termList,
    starts,
    passages: postingPassages,
    counts: uint32('postingCounts'),
    passageFrequencies: uint32('passageFrequencies'),
    passageIds,
    articleOf,
    articleIds: articles.map((article) => article.id),
  });
  return { ok: true, articles, postings, attributions };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCounts = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0);

function attributionsFrom(block: string | null, passageIds: readonly string[]): Attributions | null {
  if (block === null) return null;
  let rows: unknown;
  try {
    rows = JSON.parse(block);
  } catch {
    return null;
  }
  if (!Array.isArray(rows)) return null;
  const attributions = new Map<string, SpeakerAttribution>();
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 4) return null;
    const [shortId, speaker, terms, pronounStarts] = row as unknown[];
    const passageId = typeof shortId === 'number' ? passageIds[shortId] : undefined;
    if (passageId === undefined || typeof speaker !== 'string' || !isStrings(terms) || !isCounts(pronounStarts))
      return null;
    attributions.set(passageId, { speaker, terms, pronounStarts });
  }
  return attributions;
}
