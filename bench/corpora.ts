// Synthetic corpora for the benchmark, kept under bench/.corpora/ (gitignored) and reused between runs: a
// corpus is regenerated only when its seed, size, training articles or the generator's own code changed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/corpus/types.js';
import { generateCorpus, trainingParagraphs } from './generate.js';

export const CORPORA_ROOT = fileURLToPath(new URL('./.corpora/', import.meta.url));

/** The generator's own sources: a change to any of them makes old corpora stale. */
const GENERATOR_FILES = ['generate.ts', 'bigram-chain.ts', 'name-minter.ts', 'prng.ts'];

export interface SyntheticCorpus {
  /** Holds `corpus/` and the engines' saved indexes (`.cache/`); the ask batch runs with it as working directory. */
  workDir: string;
  /** The `<id>.md` files. */
  corpusDir: string;
  articles: number;
  paragraphs: number;
  reused: boolean;
}

interface Manifest {
  seed: number;
  paragraphs: number;
  namesPerArticle: number;
  articles: number;
  fingerprint: string;
}

export interface CorpusRequest {
  seed: number;
  paragraphs: number;
  /** See generateCorpus: new names each article brings, so the vocabulary grows with the corpus. */
  namesPerArticle: number;
  training: readonly Article[];
  root?: string;
}

export async function ensureSyntheticCorpus(options: CorpusRequest): Promise<SyntheticCorpus> {
  const workDir = join(
    options.root ?? CORPORA_ROOT,
    `seed${options.seed}-p${options.paragraphs}-n${options.namesPerArticle}`,
  );
  const corpusDir = join(workDir, 'corpus');
  const manifestFile = join(workDir, 'generated.json');
  const fingerprint = await generatorFingerprint(options.training);

  const existing = await readManifest(manifestFile);
  const isSame =
    existing?.fingerprint === fingerprint &&
    existing.seed === options.seed &&
    existing.paragraphs === options.paragraphs &&
    existing.namesPerArticle === options.namesPerArticle;
  if (existing !== null && isSame) {
    return { workDir, corpusDir, articles: existing.articles, paragraphs: existing.paragraphs, reused: true };
  }
  // Whatever is there is stale (or half-written by an interrupted run): start the whole directory afresh.
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const generated = await generateCorpus({
    seed: options.seed,
    paragraphs: options.paragraphs,
    trainOn: options.training,
    outDir: corpusDir,
    namesPerArticle: options.namesPerArticle,
  });
  const manifest: Manifest = {
    seed: options.seed,
    paragraphs: generated.paragraphs,
    namesPerArticle: options.namesPerArticle,
    articles: generated.articles,
    fingerprint,
  };
  // Written last: its presence says the corpus is complete.
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return { workDir, corpusDir, articles: generated.articles, paragraphs: generated.paragraphs, reused: false };
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function generatorFingerprint(training: readonly Article[]): Promise<string> {
  const hash = createHash('sha256');
  const benchDir = dirname(fileURLToPath(import.meta.url));
  for (const file of GENERATOR_FILES) hash.update(await readFile(join(benchDir, file)));
  hash.update(trainingParagraphs(training).join('\n'));
  return hash.digest('hex').slice(0, 16);
}
