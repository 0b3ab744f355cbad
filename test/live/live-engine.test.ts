import { describe, expect, it } from 'vitest';
import type { Article, LoadedCorpus } from '../../src/corpus/types.js';
import { createEngine, type Engine } from '../../src/search/index.js';
import { LiveEngine, keepLastGood } from '../../src/live/live-engine.js';
import { fixtureArticles } from '../discord/fixture-articles.js';

const [strikes, sheinbaum, fentanyl] = fixtureArticles as [Article, Article, Article];
const corpus = (articles: Article[], problems: LoadedCorpus['problems'] = []): LoadedCorpus => ({
  dir: 'corpus',
  articles,
  problems,
});

describe('keeping the last good version of a broken article', () => {
  it('keeps the previous version of an article whose file now has problems, and says why', () => {
    const problem = { file: 'corpus/sheinbaum-rejects-intervention.md', field: 'title', message: 'required' };
    const merged = keepLastGood(fixtureArticles, corpus([strikes, fentanyl], [problem]));
    expect(merged.articles.map((article) => article.id)).toEqual([
      'cartel-strikes-on-land',
      'fentanyl-deaths',
      'sheinbaum-rejects-intervention',
    ]);
    expect(merged.kept).toEqual([
      {
        articleId: 'sheinbaum-rejects-intervention',
        file: 'corpus/sheinbaum-rejects-intervention.md',
        problems: [problem],
      },
    ]);
  });

  it('matches a problem to its article by file name when the path is spelled differently', () => {
    const problem = { file: '/srv/bot/corpus/fentanyl-deaths.md', message: 'the file is not UTF-8' };
    const merged = keepLastGood(fixtureArticles, corpus([strikes, sheinbaum], [problem]));
    expect(merged.kept.map((kept) => kept.articleId)).toEqual(['fentanyl-deaths']);
  });

  it('serves the new version of an article that loads again', () => {
    const edited: Article = { ...sheinbaum, title: 'Sheinbaum: no intervention' };
    const merged = keepLastGood(fixtureArticles, corpus([strikes, edited, fentanyl]));
    expect(merged.articles.find((article) => article.id === sheinbaum.id)?.title).toBe('Sheinbaum: no intervention');
    expect(merged.kept).toEqual([]);
  });

  it('drops an article whose file was deleted (an absence, not a problem)', () => {
    const merged = keepLastGood(fixtureArticles, corpus([strikes, sheinbaum]));
    expect(merged.articles.map((article) => article.id)).toEqual([
      'cartel-strikes-on-land',
      'sheinbaum-rejects-intervention',
    ]);
  });

  it('keeps everything when the directory now yields no article at all', () => {
    const problem = { file: 'corpus', message: 'the corpus directory is empty' };
    const merged = keepLastGood(fixtureArticles, corpus([], [problem]));
    expect(merged.articles).toHaveLength(3);
    expect(merged.kept).toHaveLength(3);
  });

  it('has nothing to keep for a broken file that never loaded', () => {
    const merged = keepLastGood(
      [],
      corpus([strikes], [{ file: 'corpus/new.md', field: 'title', message: 'required' }]),
    );
    expect(merged).toEqual({ articles: [strikes], kept: [] });
  });
});

describe('the live engine', () => {
  it('lets callers wait for the first engine and answers them when it arrives', async () => {
    const live = new LiveEngine();
    expect(live.current).toBeUndefined();
    const waiting = live.ready();
    const engine = createEngine(fixtureArticles);
    live.swap(engine);
    await expect(waiting).resolves.toBe(engine);
    expect(live.current).toBe(engine);
  });

  it('tells waiters why the first load failed, and recovers on the next reload', async () => {
    const live = new LiveEngine();
    const waiting = live.ready();
    live.fail(new Error('corpus: directory not found'));
    await expect(waiting).rejects.toThrow('corpus: directory not found');
    live.reload(corpus([strikes]));
    await expect(live.ready()).resolves.toBe(live.current);
  });

  it('swaps in a rebuilt engine on reload that answers from the new corpus at once, keeping broken articles', () => {
    const live = new LiveEngine();
    live.swap(createEngine([strikes, sheinbaum]));
    const added: Article = { ...fentanyl };
    const problem = { file: 'corpus/sheinbaum-rejects-intervention.md', message: 'broken YAML' };
    const report = live.reload(
      corpus([strikes, added], [problem, { file: 'corpus/other.md', message: 'broken YAML' }]),
    );
    expect(report.kept.map((kept) => kept.articleId)).toEqual(['sheinbaum-rejects-intervention']);
    expect(report.problems).toEqual([{ file: 'corpus/other.md', message: 'broken YAML' }]);
    expect((live.current as Engine).articles.map((article) => article.id)).toEqual([
      'cartel-strikes-on-land',
      'fentanyl-deaths',
      'sheinbaum-rejects-intervention',
    ]);
    expect((live.current as Engine).ask('fentanyl overdoses').results[0]?.articleId).toBe('fentanyl-deaths');
  });
});
