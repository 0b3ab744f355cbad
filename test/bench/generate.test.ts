import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, SYNTHETIC_OUTLETS } from '../../bench/generate.js';
import { loadCorpus } from '../../src/corpus/load.js';

// A few news-like paragraphs, enough for a chain with real choices at most words.
const trainingTexts = [
  'The president said on Monday that the military would strike the cartels on land. Officials in Mexico said the ' +
    'plan would violate national sovereignty.',
  'Sheinbaum said Mexico would cooperate with the United States but would never accept foreign troops. The ' +
    'president of Mexico said cooperation must respect sovereignty.',
  'Analysts said the strikes could raise tensions along the border. Some lawmakers said the administration had not ' +
    'explained the legal basis for the strikes.',
  'The cartels move fentanyl across the border, officials said. The administration said the strikes at sea had ' +
    'already cut the flow of drugs.',
];

const scratch: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-generate-'));
  scratch.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name): Promise<[string, string]> => [name, await readFile(join(dir, name), 'utf8')]),
    ),
  );
}

function wordsOf(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]));
}

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed and size', async () => {
    const [first, second] = [await freshDir(), await freshDir()];
    await generateCorpus({ seed: 42, paragraphs: 120, trainOn: trainingTexts, outDir: first });
    await generateCorpus({ seed: 42, paragraphs: 120, trainOn: trainingTexts, outDir: second });
    expect(await filesOf(second)).toEqual(await filesOf(first));
  });

  it('writes different articles for a different seed', async () => {
    const [first, second] = [await freshDir(), await freshDir()];
    await generateCorpus({ seed: 1, paragraphs: 60, trainOn: trainingTexts, outDir: first });
    await generateCorpus({ seed: 2, paragraphs: 60, trainOn: trainingTexts, outDir: second });
    const firstFiles = await filesOf(first);
    const secondFiles = await filesOf(second);
    const sameFiles = [...firstFiles].filter(([name, text]) => secondFiles.get(name) === text);
    expect(sameFiles).toEqual([]);
  });

  it('writes articles the loader reads without a problem, holding exactly the requested paragraphs', async () => {
    const dir = await freshDir();
    const generated = await generateCorpus({ seed: 7, paragraphs: 1_000, trainOn: trainingTexts, outDir: dir });
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    const passages = corpus.articles.flatMap((article) => article.passages);
    expect(passages).toHaveLength(1_000);
    expect(passages.every((passage) => passage.kind === 'paragraph')).toBe(true);
    expect(corpus.articles).toHaveLength(generated.articles);
    expect(generated.paragraphs).toBe(1_000);
  });

  it('gives every article but the last 20 to 40 paragraphs, a title and a synthetic outlet', async () => {
    const dir = await freshDir();
    await generateCorpus({ seed: 3, paragraphs: 500, trainOn: trainingTexts, outDir: dir });
    const corpus = await loadCorpus(dir);
    for (const article of corpus.articles.slice(0, -1)) {
      expect(article.passages.length).toBeGreaterThanOrEqual(20);
      expect(article.passages.length).toBeLessThanOrEqual(40);
    }
    expect(corpus.articles.every((article) => article.title.length > 0)).toBe(true);
    expect(
      corpus.articles.every((article) => (SYNTHETIC_OUTLETS as readonly string[]).includes(article.outlet ?? '')),
    ).toBe(true);
  });

  it('uses only words of the training text, in titles, headings and paragraphs', async () => {
    const dir = await freshDir();
    await generateCorpus({ seed: 5, paragraphs: 300, trainOn: trainingTexts, outDir: dir });
    const corpus = await loadCorpus(dir);
    const trainingWords = wordsOf(trainingTexts.join(' '));
    const written = corpus.articles.flatMap((article) => [
      article.title,
      ...article.passages.flatMap((passage) => [passage.text, passage.section ?? '']),
    ]);
    const strangers = [...wordsOf(written.join(' '))].filter((word) => !trainingWords.has(word));
    expect(strangers).toEqual([]);
  });

  it('grows the vocabulary with new names when asked, as a real archive does, and stays deterministic', async () => {
    const [first, second] = [await freshDir(), await freshDir()];
    await generateCorpus({ seed: 4, paragraphs: 600, trainOn: trainingTexts, outDir: first, namesPerArticle: 4 });
    await generateCorpus({ seed: 4, paragraphs: 600, trainOn: trainingTexts, outDir: second, namesPerArticle: 4 });
    expect(await filesOf(second)).toEqual(await filesOf(first));
    const corpus = await loadCorpus(first);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.flatMap((article) => article.passages)).toHaveLength(600);
    const trainingWords = wordsOf(trainingTexts.join(' '));
    const written = corpus.articles.flatMap((article) => article.passages.map((passage) => passage.text)).join(' ');
    const newWords = [...wordsOf(written)].filter((word) => !trainingWords.has(word));
    // Four new names for each of the ~20 articles; this small training text has few capitalised words inside
    // sentences for them to replace, so only some are drawn.
    expect(newWords.length).toBeGreaterThan(10);
    expect(newWords.every((word) => /^\p{Ll}{4,}$/u.test(word))).toBe(true);
  });

  it('refuses a directory that already holds articles, so old files never mix into a new corpus', async () => {
    const dir = await freshDir();
    const first = await generateCorpus({ seed: 1, paragraphs: 100, trainOn: trainingTexts, outDir: dir });
    await expect(generateCorpus({ seed: 1, paragraphs: 100, trainOn: trainingTexts, outDir: dir })).rejects.toThrow(
      `${dir} already holds ${first.articles} .md file(s) such as synthetic-000001.md; give an empty or new directory`,
    );
  });
});
