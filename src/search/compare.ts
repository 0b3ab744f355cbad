// The coverage lens: for a topic, how each article of the story reports it — its best passage (or "not covered"),
// which other articles tell the same account (the engine's near-duplicate folding), most complete account first.
// Built on the engine's public API (`ask` restricted to one article) and the fold helpers; plain values only.
import { partOf } from '../corpus/citation.js';
import type { Article, Passage } from '../corpus/types.js';
import { analyze, processTerm, scanTokens } from './analysis/analyzer.js';
import { MIN_SCORE_SHARE } from './ranking/decline.js';
import { MAX_LIMIT, type Engine } from './engine.js';
import { isNearDuplicate, resemblance } from './ranking/fold.js';
import { analyzePassage, type AnalyzedPassage } from './analysis/passage-terms.js';
import { planQuery } from './ranking/query.js';
import { makeSnippet } from './ranking/snippet.js';
import type { ArticleAccount, Comparison, SameAccount, SearchResult } from './types.js';

/** The passages that told an article's account, with their term sets (what folding compares). */
interface Told {
  result: SearchResult;
  terms: ReadonlySet<string>;
}

// Analyses are pure functions of a passage's text; passages are immutable values, so they can key a cache that
// lives as long as the corpus does.
const analyses = new WeakMap<Passage, AnalyzedPassage>();
function analysisOf(passage: Passage): AnalyzedPassage {
  let analysis = analyses.get(passage);
  if (!analysis) {
    analysis = analyzePassage(passage.text);
    analyses.set(passage, analysis);
  }
  return analysis;
}

// Every term an article uses (headline included), for saying which typed names an article never mentions.
const articleTerms = new WeakMap<Article, ReadonlySet<string>>();
function termsOfArticle(article: Article): ReadonlySet<string> {
  let terms = articleTerms.get(article);
  if (!terms) {
    terms = new Set([
      ...analyze(article.title),
      ...article.passages.flatMap((passage) => [...analysisOf(passage).termSet]),
    ]);
    articleTerms.set(article, terms);
  }
  return terms;
}

/** The names typed in the topic (as typed) with their index terms: "Sheinbaum's" → sheinbaum. */
function namesIn(topic: string): { word: string; term: string }[] {
  const nameTerms = new Set(
    planQuery(topic)
      .terms.filter((term) => term.isName)
      .map((term) => term.term),
  );
  const found = new Map<string, string>();
  for (const token of scanTokens(topic)) {
    for (const term of processTerm(token.raw) ?? [])
      if (nameTerms.has(term) && !found.has(term)) found.set(term, token.raw.replace(/['’]s$/, ''));
  }
  return [...found].map(([term, word]) => ({ word, term }));
}

function termsOfResult(engine: Engine, result: SearchResult): ReadonlySet<string> {
  const passage = engine.passage(result.articleId, result.paragraph, result.part);
  return passage ? analysisOf(passage).termSet : analyzePassage(result.text).termSet;
}

function articleFields(article: Article): Pick<ArticleAccount, 'articleId' | 'title' | 'outlet' | 'url'> {
  return {
    articleId: article.id,
    title: article.title,
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    ...(article.url === undefined ? {} : { url: article.url }),
  };
}

/**
 * The closest passage of `article` to any of `accounts`, when it folds with one by /ask's own rule (isNearDuplicate).
 */
function foldingPassage(
  article: Article,
  accounts: readonly Told[],
): { passage: Passage; with: Told; resemblance: number } | null {
  let best: { passage: Passage; with: Told; resemblance: number } | null = null;
  for (const passage of article.passages) {
    const terms = analysisOf(passage).termSet;
    for (const account of accounts) {
      if (!isNearDuplicate(terms, account.terms)) continue;
      const measure = resemblance(terms, account.terms);
      if (best === null || measure > best.resemblance) best = { passage, with: account, resemblance: measure };
    }
  }
  return best;
}

const isHighConfidence = (result: SearchResult): boolean => result.confidence === 'high';

/** A passage that tells another article's account in other words, as a result: the shared words marked. */
function resultForFoldingPassage(article: Article, passage: Passage, shared: ReadonlySet<string>): SearchResult {
  const analysis = analysisOf(passage);
  const { snippet, snippetSpans, textSpans } = makeSnippet(passage.text, analysis, shared, () => 1);
  return {
    id: passage.id,
    ...articleFields(article),
    paragraph: passage.paragraph,
    ...partOf(passage),
    section: passage.section,
    text: passage.text,
    snippet,
    snippetSpans,
    textSpans,
    score: 0,
    alsoIn: [],
    reportedBy: 1,
    opinion: passage.opinion,
    confidence: 'high',
  };
}

/** Other articles whose told passages fold with `terms`, each once (its closest passage), closest first. */
function sameAccountsOf(
  articleId: string,
  terms: ReadonlySet<string>,
  toldByArticle: ReadonlyMap<string, readonly Told[]>,
  articleById: ReadonlyMap<string, Article>,
): SameAccount[] {
  const found: SameAccount[] = [];
  for (const [otherId, told] of toldByArticle) {
    if (otherId === articleId) continue;
    let closest: { told: Told; measure: number } | null = null;
    for (const candidate of told) {
      if (!isNearDuplicate(terms, candidate.terms)) continue;
      const measure = resemblance(terms, candidate.terms);
      if (closest === null || measure > closest.measure) closest = { told: candidate, measure };
    }
    const other = articleById.get(otherId);
    if (closest && other) {
      found.push({
        articleId: otherId,
        title: other.title,
        ...(other.outlet === undefined ? {} : { outlet: other.outlet }),
        paragraph: closest.told.result.paragraph,
        ...partOf(closest.told.result),
        resemblance: closest.measure,
      });
    }
  }
  return found.sort((a, b) => b.resemblance - a.resemblance || a.articleId.localeCompare(b.articleId));
}

/**
 * Up to this many articles, each is asked the topic on its own and scanned for a reworded account; a larger corpus
 * is asked once, and only the articles in that answer are compared (one question per article would cost as much as
 * a question per article of the whole corpus, and more than one message can show).
 */
export const MAX_ARTICLES_ONE_BY_ONE = 25;

/** The articles with a confident passage in the whole-corpus answer (heads and folded places), best first. */
function articlesInAnswer(engine: Engine, topic: string): string[] {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const answer = engine.ask(topic, { limit: MAX_LIMIT, offset });
    // An article covers a topic when it answers it with high confidence: the closest coverage is not coverage.
    for (const result of answer.results.filter(isHighConfidence))
      for (const id of [result.articleId, ...result.alsoIn.map((place) => place.articleId)]) ids.add(id);
    if (answer.declined || offset + MAX_LIMIT >= answer.total) break;
  }
  return [...ids];
}

/**
 * Compares how the articles report `topic`. Each article is asked the topic on its own (the engine's confidence
 * rules apply per article, so a name the article never uses means it does not cover the topic).
 *
 * Order, "most complete account first": by depth — how many of the article's passages answer the topic with a
 * score of at least MIN_SCORE_SHARE of the best passage in any article — then by its best passage's score. Depth
 * is the measure because a reader comparing accounts wants first the article that gives the topic most room (four
 * paragraphs on Sheinbaum's response say more than one); a single strong sentence breaks ties. The shared
 * threshold keeps an article's weak mentions from counting just because its own best is weak.
 */
export function compareCoverage(engine: Engine, topic: string): Comparison {
  const articles = engine.articles;
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const isSmall = articles.length <= MAX_ARTICLES_ONE_BY_ONE;
  const names = isSmall ? namesIn(topic) : [];
  const toldByArticle = new Map<string, Told[]>();
  for (const article of isSmall
    ? articles
    : articlesInAnswer(engine, topic).flatMap((id) => articleById.get(id) ?? [])) {
    const answer = engine.ask(topic, { source: article.id, limit: MAX_LIMIT });
    const told = answer.results.filter(isHighConfidence);
    if (told.length > 0) {
      toldByArticle.set(
        article.id,
        told.map((result) => ({ result, terms: termsOfResult(engine, result) })),
      );
    }
  }
  const bestScore = Math.max(0, ...[...toldByArticle.values()].map((told) => told[0]?.result.score ?? 0));
  const coveringAccounts = [...toldByArticle.values()].flat();

  // Articles that never use the topic's words but fold with a covering account: the same account, reworded.
  const folded = new Map<string, Told>();
  for (const article of articles) {
    if (!isSmall || toldByArticle.has(article.id) || coveringAccounts.length === 0) continue;
    const folding = foldingPassage(article, coveringAccounts);
    if (folding === null) continue;
    const terms = analysisOf(folding.passage).termSet;
    const shared = new Set([...terms].filter((term) => folding.with.terms.has(term)));
    folded.set(article.id, { result: resultForFoldingPassage(article, folding.passage, shared), terms });
  }
  // What sameAs compares with: every covering article's confident passages, and each reworded account.
  const tellers = new Map<string, readonly Told[]>([
    ...toldByArticle,
    ...[...folded].map(([id, told]) => [id, [told]] as const),
  ]);

  const covering: ArticleAccount[] = [...toldByArticle].map(([articleId, told]) => {
    const head = told[0] as Told;
    return {
      ...articleFields(articleById.get(articleId) as Article),
      coverage: 'topic',
      passage: head.result,
      depth: told.filter((entry) => entry.result.score >= MIN_SCORE_SHARE * bestScore).length,
      sameAs: sameAccountsOf(articleId, head.terms, tellers, articleById),
      unmentioned: [],
    };
  });
  covering.sort(
    (a, b) =>
      b.depth - a.depth || (b.passage?.score ?? 0) - (a.passage?.score ?? 0) || a.articleId.localeCompare(b.articleId),
  );
  const sameAccountOnly: ArticleAccount[] = [...folded].map(([articleId, told]) => ({
    ...articleFields(articleById.get(articleId) as Article),
    coverage: 'same-account',
    passage: told.result,
    depth: 0,
    sameAs: sameAccountsOf(articleId, told.terms, tellers, articleById),
    unmentioned: [],
  }));
  const uncovered: ArticleAccount[] = articles
    .filter((article) => !toldByArticle.has(article.id) && !folded.has(article.id))
    .map((article) => {
      const terms = termsOfArticle(article);
      const unmentioned = names.filter((name) => !terms.has(name.term)).map((name) => name.word);
      return { ...articleFields(article), coverage: 'none', passage: null, depth: 0, sameAs: [], unmentioned };
    });
  const closestResemblance = (account: ArticleAccount) => account.sameAs[0]?.resemblance ?? 0;
  sameAccountOnly.sort(
    (a, b) => closestResemblance(b) - closestResemblance(a) || a.articleId.localeCompare(b.articleId),
  );

  return {
    topic,
    covered: covering.length,
    sameAccountOnly: sameAccountOnly.length,
    articleCount: articles.length,
    declined: covering.length === 0,
    accounts: [...covering, ...sameAccountOnly, ...uncovered],
  };
}
