// The synthetic corpus generator: articles in the corpus format (YAML frontmatter, paragraphs, `## ` sections)
// written by a word-bigram chain trained on the real articles, so a corpus of any size keeps news-like word
// statistics. Seeded and deterministic: the same seed, size and training text give byte-identical files.
//
//   npx tsx bench/generate.ts --paragraphs 10000 --seed 1 --out bench/.corpora/demo [--train corpus] [--names 4]
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { isEntryPoint } from '../src/cli/cli-io.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Article } from '../src/corpus/types.js';
import { trainBigramChain, type BigramChain } from './bigram-chain.js';
import { trainNameMinter } from './name-minter.js';
import { createRandom, type Random } from './prng.js';

export interface GenerateOptions {
  seed: number;
  /** How many paragraphs (passages) the whole corpus holds. */
  paragraphs: number;
  /** The real corpus's articles (their plain paragraphs are used), or plain texts with one paragraph a line. */
  trainOn: readonly Article[] | readonly string[];
  /** Where the `<id>.md` files go; created when missing, and must hold no `.md` file yet. */
  outDir: string;
  /**
   * New names each article brings (default 0: only training words). Above 0 the vocabulary grows with the corpus
   * as a real archive's does: each article mints this many names and reuses two from earlier articles, in place of
   * about a third of the capitalised words inside sentences.
   */
  namesPerArticle?: number;
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  paragraphs: number;
}

/** Made-up outlet names, marked synthetic so no generated article can pass for a real outlet's. */
export const SYNTHETIC_OUTLETS = [
  'Synthetic Wire 1',
  'Synthetic Wire 2',
  'Synthetic Wire 3',
  'Synthetic Herald',
  'Synthetic Courier',
  'Synthetic Ledger',
  'Synthetic Dispatch',
  'Synthetic Gazette',
] as const;

const MIN_ARTICLE_PARAGRAPHS = 20;
const MAX_ARTICLE_PARAGRAPHS = 40;
/** Chance that a paragraph (not an article's first) opens a new `## ` section. */
const SECTION_CHANCE = 0.08;
const ID_DIGITS = 6;
/** Share of capitalised words inside a sentence that become one of the article's names, when names are minted. */
const NAME_SHARE = 0.35;
/** Names an article takes from earlier articles (a story's people appear again in later stories). */
const REUSED_NAMES = 2;
const NAME_IN_WORD = /^\p{Lu}\p{Ll}+/u;

/** The plain paragraphs to learn from: loader passages of kind `paragraph`, or the non-blank lines of texts. */
export function trainingParagraphs(trainOn: readonly Article[] | readonly string[]): string[] {
  return trainOn.flatMap((source): string[] =>
    typeof source === 'string'
      ? source.split(/\r?\n/u).filter((line) => line.trim() !== '' && !/^\s*([-#|>]|<!--)/u.test(line))
      : source.passages.filter((passage) => passage.kind === 'paragraph').map((passage) => passage.text),
  );
}

/** Writes a synthetic corpus of exactly `paragraphs` passages into `outDir`. */
export async function generateCorpus(options: GenerateOptions): Promise<GeneratedCorpus> {
  const { seed, paragraphs, outDir } = options;
  if (!Number.isInteger(paragraphs) || paragraphs < 1) {
    throw new Error(`generateCorpus: paragraphs must be a whole number of at least 1, not ${paragraphs}`);
  }
  if (!Number.isInteger(seed)) throw new Error(`generateCorpus: seed must be a whole number, not ${seed}`);
  const namesPerArticle = options.namesPerArticle ?? 0;
  if (!Number.isInteger(namesPerArticle) || namesPerArticle < 0) {
    throw new Error(`generateCorpus: namesPerArticle must be a whole number of at least 0, not ${namesPerArticle}`);
  }
  const chain = trainBigramChain(trainingParagraphs(options.trainOn));
  const minter = namesPerArticle > 0 ? trainNameMinter(chain.vocabulary) : null;
  const mintedNames: string[] = [];

  await mkdir(outDir, { recursive: true });
  const existing = (await readdir(outDir)).filter((name) => name.endsWith('.md'));
  if (existing.length > 0) {
    throw new Error(
      `generateCorpus: ${outDir} already holds ${existing.length} .md file(s) such as ${existing[0]}; give an ` +
        `empty or new directory so old articles do not mix in`,
    );
  }

  const random = createRandom(seed);
  let written = 0;
  let articleNumber = 0;
  while (written < paragraphs) {
    articleNumber += 1;
    const count = Math.min(random.intBetween(MIN_ARTICLE_PARAGRAPHS, MAX_ARTICLE_PARAGRAPHS), paragraphs - written);
    const id = `synthetic-${String(articleNumber).padStart(ID_DIGITS, '0')}`;
    let names: string[] = [];
    if (minter !== null) {
      const earlier =
        mintedNames.length === 0 ? [] : Array.from({ length: REUSED_NAMES }, () => random.pick(mintedNames));
      const fresh = Array.from({ length: namesPerArticle }, () => minter.mint(random));
      mintedNames.push(...fresh);
      names = [...fresh, ...earlier];
    }
    await writeFile(join(outDir, `${id}.md`), writeArticle(chain, random, count, names), 'utf8');
    written += count;
  }
  return { dir: outDir, articles: articleNumber, paragraphs: written };
}

/** One article file: frontmatter, then `paragraphCount` paragraphs with an occasional section heading. */
function writeArticle(chain: BigramChain, random: Random, paragraphCount: number, names: readonly string[]): string {
  const frontmatter = {
    title: phrase(chain, random, 6, 14),
    outlet: random.pick(SYNTHETIC_OUTLETS),
    author: `Synthetic Reporter ${random.intBetween(1, 40)}`,
    published: isoDate(random),
    language: 'en',
  };
  const blocks: string[] = [];
  for (let paragraph = 1; paragraph <= paragraphCount; paragraph += 1) {
    if (paragraph > 1 && random.chance(SECTION_CHANCE)) blocks.push(`## ${phrase(chain, random, 3, 8)}`);
    const sentences = Array.from({ length: random.intBetween(1, 4) }, () =>
      withNames(chain.sentence(random, { minWords: 6, maxWords: 36 }), names, random),
    );
    blocks.push(sentences.join(' '));
  }
  return `---\n${stringify(frontmatter)}---\n\n${blocks.join('\n\n')}\n`;
}

/** Puts the article's names in place of some capitalised words after a sentence's first, keeping their punctuation. */
function withNames(sentence: string, names: readonly string[], random: Random): string {
  if (names.length === 0) return sentence;
  return sentence
    .split(' ')
    .map((word, position) => {
      if (position === 0 || !NAME_IN_WORD.test(word) || !random.chance(NAME_SHARE)) return word;
      // Squaring favours the article's first names: a story names its main people far more often than the rest.
      const name = names[Math.floor(random.next() ** 2 * names.length)] as string;
      return word.replace(NAME_IN_WORD, name);
    })
    .join(' ');
}

/** A headline-like run of words: a short sentence without its closing punctuation. */
function phrase(chain: BigramChain, random: Random, minWords: number, maxWords: number): string {
  return chain.sentence(random, { minWords, maxWords }).replace(/[\s.,;:!?]+$/u, '');
}

function isoDate(random: Random): string {
  const day = new Date(Date.UTC(2025, 0, 1) + random.intBetween(0, 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const usage = `Usage: npx tsx bench/generate.ts --paragraphs N --out DIR [--seed S] [--train DIR] [--names N]

Writes a synthetic corpus of N paragraphs into DIR (which must hold no .md file yet), as <id>.md articles of
${MIN_ARTICLE_PARAGRAPHS}-${MAX_ARTICLE_PARAGRAPHS} paragraphs, from a word-bigram chain trained on the articles in
--train (default ./corpus).

  --paragraphs N   how many paragraphs in all (at least 1)
  --out DIR        where to write the articles
  --seed S         a whole number (default 1); the same seed gives byte-identical files
  --train DIR      the real corpus to learn word statistics from (default ./corpus)
  --names N        new names each article brings, so the vocabulary grows with the corpus as a real
                   archive's does (default 0: only words of the training articles; the benchmark uses 4)`;

async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        paragraphs: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        train: { type: 'string', default: 'corpus' },
        names: { type: 'string', default: '0' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const paragraphs = Number(values.paragraphs);
  const seed = Number(values.seed);
  const namesPerArticle = Number(values.names);
  const problems = [
    ...(Number.isInteger(namesPerArticle) && namesPerArticle >= 0
      ? []
      : [`--names needs a whole number of at least 0, not "${values.names}"`]),
    ...(Number.isInteger(paragraphs) && paragraphs >= 1
      ? []
      : [`--paragraphs needs a whole number of at least 1, not "${values.paragraphs ?? ''}"`]),
    ...(Number.isInteger(seed) ? [] : [`--seed needs a whole number, not "${values.seed}"`]),
    ...(values.out === undefined || values.out.trim() === ''
      ? ['--out needs a directory, such as --out bench/.corpora/demo']
      : []),
  ];
  if (problems.length > 0) {
    process.stderr.write(`${problems.map((problem) => `generate: ${problem}`).join('\n')}\n\n${usage}\n`);
    return 2;
  }
  const training = await loadCorpus(values.train);
  if (training.articles.length === 0) {
    process.stderr.write(
      `generate: no articles to learn from in ${values.train}; point --train at the real corpus directory\n`,
    );
    return 1;
  }
  const generated = await generateCorpus({
    seed,
    paragraphs,
    trainOn: training.articles,
    outDir: values.out as string,
    namesPerArticle,
  });
  process.stdout.write(
    `Wrote ${generated.articles} articles, ${generated.paragraphs} paragraphs to ${generated.dir} (seed ${seed}, ` +
      `trained on ${training.articles.length} articles in ${values.train})\n`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
