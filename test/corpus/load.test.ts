// loadCorpus on fixture corpora: each bad file is one exact problem line, and the good articles still load.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { formatProblem } from '../../src/corpus/problems.js';
import type { LoadedCorpus } from '../../src/corpus/types.js';

const fixtures = 'test/fixtures/corpora';
const workDir = mkdtempSync(join(tmpdir(), 'coverage-bot-corpus-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const problemLines = (corpus: LoadedCorpus) => corpus.problems.map(formatProblem);
const articleIds = (corpus: LoadedCorpus) => corpus.articles.map((article) => article.id);

/** A fresh directory under the temp dir holding fixtures/good/good.md plus `files`. */
function corpusWith(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(fixtures, 'good', 'good.md'), join(dir, 'good.md'));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

describe('loadCorpus: a good corpus', () => {
  it('loads every article in file-name order with its metadata and passages', async () => {
    const corpus = await loadCorpus(join(fixtures, 'good'));
    expect(corpus.problems).toEqual([]);
    expect(articleIds(corpus)).toEqual(['good', 'trump-land-strikes']);
    const [first, second] = corpus.articles;
    expect({ ...first, passages: first?.passages.length }).toEqual({
      id: 'good',
      title: 'Sheinbaum rejects any U.S. strike on Mexican soil',
      titleSource: 'headline',
      outlet: 'Example Wire',
      author: 'Ana Ruiz',
      published: '2025-11-07',
      url: 'https://example.com/sheinbaum-rejects-strikes',
      language: 'en',
      file: 'test/fixtures/corpora/good/good.md',
      passages: 2,
    });
    expect(
      second?.passages.map((passage) => [passage.paragraph, passage.section, passage.kind, passage.opinion]),
    ).toEqual([
      [1, null, 'paragraph', false],
      [2, 'Reaction', 'paragraph', true],
      [3, 'Reaction', 'list', false],
    ]);
  });

  it('leaves out fields an article does not give, rather than setting them to undefined', async () => {
    const corpus = await loadCorpus(join(fixtures, 'good'));
    expect(Object.keys(corpus.articles[1] ?? {})).toEqual([
      'id',
      'title',
      'titleSource',
      'outlet',
      'published',
      'language',
      'file',
      'passages',
    ]);
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings in the frontmatter', async () => {
    const dir = corpusWith('bom-crlf', { 'bom.md': '\uFEFF---\r\ntitle: With a BOM\r\n---\r\n\r\nText.\r\n' });
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((article) => [article.id, article.title, article.passages[0]?.text])).toEqual([
      ['bom', 'With a BOM', 'Text.'],
      [
        'good',
        'Sheinbaum rejects any U.S. strike on Mexican soil',
        "Mexico's president said on Friday that her " +
          'government would not accept any U.S. military action on Mexican territory.',
      ],
    ]);
  });

  it('reads title_source: derived and language from the frontmatter', async () => {
    const dir = corpusWith('derived', {
      'derived.md': '---\ntitle: Strikes on land\ntitle_source: ' + 'derived\nlanguage: es-MX\n---\n\nTexto.\n',
    });
    const article = (await loadCorpus(dir)).articles.find((candidate) => candidate.id === 'derived');
    expect([article?.titleSource, article?.language]).toEqual(['derived', 'es-MX']);
  });
});

describe('loadCorpus: bad files are reported, the good ones still load', () => {
  it('GIVEN broken YAML THEN names the line and keeps the good article', async () => {
    const corpus = await loadCorpus(join(fixtures, 'broken-yaml'));
    expect(problemLines(corpus)).toEqual([
      'test/fixtures/corpora/broken-yaml/broken.md: frontmatter: line 2: not valid YAML (Missing closing "quote) — ' +
        'write one "field: value" a line, and put values containing ": " or " #" in quotes',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a missing title THEN says it is required and how to add it', async () => {
    const corpus = await loadCorpus(join(fixtures, 'missing-title'));
    expect(problemLines(corpus)).toEqual([
      'test/fixtures/corpora/missing-title/untitled.md: title: required — add ' + '"title: ..." to the frontmatter',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a title of only spaces THEN says it is empty', async () => {
    const corpus = await loadCorpus(join(fixtures, 'empty-title'));
    expect(problemLines(corpus)).toEqual([
      'test/fixtures/corpora/empty-title/blank-title.md: title: empty — write ' + 'the headline after "title:"',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN fields of the wrong type THEN reports every one of them at once', async () => {
    const corpus = await loadCorpus(join(fixtures, 'wrong-type'));
    expect(problemLines(corpus)).toEqual([
      'test/fixtures/corpora/wrong-type/wrong-types.md: title: must be text, not a number (42) — put the headline ' +
        'in quotes: title: "42"',
      'test/fixtures/corpora/wrong-type/wrong-types.md: published: must be an ISO date YYYY-MM-DD, such as ' +
        '2025-11-05, not "yesterday"',
      'test/fixtures/corpora/wrong-type/wrong-types.md: url: must be an http(s) URL such as ' +
        'https://example.com/story, not "www.example.com/story"',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a body with no text THEN says the body is empty', async () => {
    const corpus = await loadCorpus(join(fixtures, 'empty-body'));
    expect(problemLines(corpus)).toEqual([
      "test/fixtures/corpora/empty-body/no-text.md: body: empty — write the article's text below the closing " +
        '"---", paragraphs separated by blank lines',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a stray .txt file THEN reports it skipped, and ignores dotfiles silently', async () => {
    const corpus = await loadCorpus(join(fixtures, 'stray-file'));
    expect(problemLines(corpus)).toEqual([
      'test/fixtures/corpora/stray-file/notes.txt: skipped — only .md files are read; move it out of the corpus ' +
        'directory, or convert it to an .md article',
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a .markdown file THEN suggests the .md name', async () => {
    const dir = corpusWith('markdown-extension', {
      'draft.markdown': '---\ntitle: ' + 'Draft\n---\n\nText.\n',
      '.DS_Store': 'x',
    });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/draft.markdown: skipped — only files ending in .md are read; ` +
        `rename it to draft.md if it is an article`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN two files whose ids differ only in case THEN keeps the first in sorted order and names both', async () => {
    const dir = corpusWith('duplicate-id', { 'Good.md': '---\ntitle: The same id in capitals\n---\n\nText.\n' });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/good.md: id: "good" is already the id of ${dir}/Good.md (ids ignore case) — rename one of the two ` +
        `files; ${dir}/Good.md was loaded, this one skipped`,
    ]);
    expect(corpus.articles.map((article) => article.title)).toEqual(['The same id in capitals']);
  });

  it('GIVEN a file that is not UTF-8 THEN names the line of the first bad byte', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('---\ntitle: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n---\n\nText.\n'),
    ]);
    const dir = corpusWith('latin1', { 'latin1.md': latin1 });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/latin1.md: not UTF-8 text (first bad byte on line 2) — re-save ` + `the file with UTF-8 encoding`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a file name that cannot be an id THEN suggests one', async () => {
    const dir = corpusWith('bad-id', { 'Trump Strikes!.md': '---\ntitle: Strikes\n---\n\nText.\n' });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/Trump Strikes!.md: id: "Trump Strikes!" cannot be an article id (the file name without .md) — rename ` +
        `the file with letters, digits, "-", "_" or "." only (at most 80), such as trump-strikes.md`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a misspelt field THEN reports it as unknown with the field it probably meant', async () => {
    const dir = corpusWith('unknown-field', { 'typo.md': '---\ntitle: Typo\npublised: 2025-11-06\n---\n\nText.\n' });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/typo.md: publised: unknown field — did you mean "published"? the fields are title, outlet, author, ` +
        `published, url, language, title_source`,
    ]);
  });

  it(
    'GIVEN a field typed with two pairs of letters swapped THEN suggests the field it probably meant, a swap ' +
      'being one slip',
    async () => {
      const dir = corpusWith('swapped-field', { 'swap.md': '---\ntitle: Swap\npubilshde: 2025-11-06\n---\n\nText.\n' });
      expect(problemLines(await loadCorpus(dir))).toEqual([
        `${dir}/swap.md: pubilshde: unknown field — did you mean "published"? the fields are title, outlet, author, ` +
          `published, url, language, title_source`,
      ]);
    },
  );

  it('GIVEN a file without frontmatter THEN says how to start one', async () => {
    const dir = corpusWith('no-frontmatter', { 'plain.md': 'Just text.\n' });
    expect(problemLines(await loadCorpus(dir))).toEqual([
      `${dir}/plain.md: frontmatter: missing — start the file with a line "---", then "title: ...", then a closing ` +
        `"---" line`,
    ]);
  });

  it('GIVEN a directory whose name ends in .md THEN reports it skipped instead of crashing', async () => {
    const dir = corpusWith('directory-named-md', {});
    mkdirSync(join(dir, 'folder.md'));
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/folder.md: skipped — it is a directory; only .md files directly ` + `inside ${dir} are read`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN a broken link named .md THEN reports that it cannot be read instead of crashing', async () => {
    const dir = corpusWith('broken-link', {});
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'link.md'));
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/link.md: cannot be read (it vanished while loading, or is a ` +
        `broken link) — restore the file or remove the link`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  // Root reads every file whatever its mode, so this one runs only as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('GIVEN a file it may not read THEN reports it instead of crashing', async () => {
    const dir = corpusWith('unreadable', { 'locked.md': '---\ntitle: Locked\n---\n\nText.\n' });
    chmodSync(join(dir, 'locked.md'), 0o000);
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${dir}/locked.md: cannot be read (permission denied) — make it readable ` + `(chmod a+r ${dir}/locked.md)`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });
});

describe('loadCorpus: the directory itself', () => {
  it('GIVEN a missing directory THEN one problem names it, with no articles', async () => {
    const dir = join(workDir, 'does-not-exist');
    const corpus = await loadCorpus(dir);
    expect(corpus).toEqual({
      dir,
      articles: [],
      problems: [
        {
          file: dir,
          message:
            'no such directory — create it and put the articles there as <id>.md files, ' +
            'or point CORPUS_DIR or --corpus at their directory',
        },
      ],
    });
  });

  it('GIVEN an empty directory THEN one problem says it holds no .md files', async () => {
    const dir = join(workDir, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, '.gitkeep'), '');
    expect(problemLines(await loadCorpus(dir))).toEqual([
      `${dir}: no .md files — put the articles there as <id>.md files, or point CORPUS_DIR or --corpus at their ` +
        `directory`,
    ]);
  });

  it('GIVEN a file where the directory should be THEN says it is not a directory', async () => {
    const file = join(fixtures, 'good', 'good.md');
    expect(problemLines(await loadCorpus(file))).toEqual([
      `${file}: not a directory — point CORPUS_DIR or --corpus ` + `at the directory that holds the .md files`,
    ]);
  });
});

describe('loadCorpus: hostile files cost only themselves', () => {
  const aliases = Array.from({ length: 101 }, () => '*x').join(', ');
  const aliasBomb = `---\ntitle: Bomb\nx: &x y\nz: [${aliases}]\n---\n\nText.\n`;

  it('GIVEN a YAML alias bomb in one frontmatter THEN reports that file and loads the others', async () => {
    const dir = corpusWith('alias-bomb', { 'bomb.md': aliasBomb });
    const corpus = await loadCorpus(dir);
    expect(problemLines(corpus)).toEqual([
      `${join(dir, 'bomb.md')}: frontmatter: repeats YAML aliases (*name) too many times for a frontmatter — write ` +
        `each value out, without & anchors or * aliases`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it.skipIf(process.platform === 'win32')(
    'GIVEN a FIFO named pipe.md THEN reports it skipped instead of waiting ' + 'for a writer',
    async () => {
      const dir = corpusWith('fifo', {});
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
      const corpus = await loadCorpus(dir);
      expect(problemLines(corpus)).toEqual([
        `${join(dir, 'pipe.md')}: skipped — it is a named pipe (FIFO), not a regular file (links are followed); only ` +
          `regular .md files are read — replace it with the article's file`,
      ]);
      expect(articleIds(corpus)).toEqual(['good']);
    },
  );

  it.skipIf(!existsSync('/dev/zero'))(
    'GIVEN zero.md linked to /dev/zero THEN reports it skipped instead of ' + 'reading forever',
    async () => {
      const dir = corpusWith('dev-zero', {});
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      const corpus = await loadCorpus(dir);
      expect(problemLines(corpus)).toEqual([
        `${join(dir, 'zero.md')}: skipped — it is a device, not a regular file (links are followed); only regular ` +
          `.md files are read — replace it with the article's file`,
      ]);
      expect(articleIds(corpus)).toEqual(['good']);
    },
  );

  it('GIVEN a file over the size cap THEN reports its size and the cap, and loads the others', async () => {
    const dump = `---\ntitle: Dump\n---\n\n${'word '.repeat(395)}wor\n`;
    expect(dump.length).toBe(2_000);
    const dir = corpusWith('too-large', { 'dump.md': dump });
    const corpus = await loadCorpus(dir, { maxArticleBytes: 1_000 });
    expect(problemLines(corpus)).toEqual([
      `${join(dir, 'dump.md')}: skipped — 2,000 bytes, over the limit of 1,000 bytes for one article — split it ` +
        `into several articles, or raise MAX_ARTICLE_BYTES`,
    ]);
    expect(articleIds(corpus)).toEqual(['good']);
  });

  it('GIVEN an article reached through a link THEN loads the text it links to', async () => {
    const dir = corpusWith('linked', {});
    writeFileSync(join(workDir, 'elsewhere.md'), '---\ntitle: Linked\n---\n\nLinked text.\n');
    symlinkSync(join(workDir, 'elsewhere.md'), join(dir, 'linked.md'));
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.find((article) => article.id === 'linked')?.passages[0]?.text).toBe('Linked text.');
  });
});
