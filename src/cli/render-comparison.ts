// How a Comparison looks in the terminal: a title line counting the covering articles, then one short block per
// article (label, snippet, place, same-account links); and the `--json` object. Pure: values in, strings out.
import type { ArticleAccount, Comparison, SameAccount } from '../search/index.js';
import { terminalCommand } from '../wording/commands.js';
import {
  comparisonDeclinedText,
  coverageCount,
  notCoveredNote,
  SAME_ACCOUNT_NOTE,
  sameAccountAsLine,
  sameAccountOnlyText,
} from '../wording/compare.js';
import { renderSpans, type MarkStyle } from './render-answer.js';

/** `4 of 5 articles cover “topic”` (and how many more tell the same account in other words), or the decline. */
export function comparisonTitle(comparison: Comparison): string {
  const { covered, articleCount, topic } = comparison;
  if (comparison.declined) return comparisonDeclinedText(topic, articleCount, terminalCommand);
  const reworded = comparison.sameAccountOnly > 0 ? `; ${sameAccountOnlyText(comparison.sameAccountOnly)}` : '';
  return `${coverageCount(covered, articleCount)} “${topic}”${reworded}`;
}

/** What names an article in a block: its outlet, or its headline when the outlet is unknown. */
export function accountLabel(account: Pick<ArticleAccount, 'outlet' | 'title'>): string {
  return account.outlet ?? account.title;
}

/** `¶ 6 · Section · opinion` for an account's passage. */
export function accountPlace(account: ArticleAccount): string {
  const passage = account.passage;
  if (passage === null) return '';
  const parts = [`¶ ${passage.paragraph}`, passage.section ?? undefined, passage.opinion ? 'opinion' : undefined];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** `same account as: Resist Hate ¶ 7, Trump declares … ¶ 5`, or null. */
export function sameAsLine(sameAs: readonly SameAccount[]): string | null {
  if (sameAs.length === 0) return null;
  return sameAccountAsLine(sameAs.map((other) => `${accountLabel(other)} ¶ ${other.paragraph}`));
}

/** What the block says instead of a passage, or about how the passage was found. */
export function coverageNote(account: ArticleAccount): string | null {
  if (account.coverage === 'none') return notCoveredNote(account.unmentioned);
  if (account.coverage === 'same-account') return SAME_ACCOUNT_NOTE;
  return null;
}

/** The readable comparison; ends without a newline. */
export function renderComparison(comparison: Comparison, style: MarkStyle): string {
  const title = comparisonTitle(comparison);
  if (comparison.declined) return title;
  const blocks = comparison.accounts.map((account, index) => {
    const number = `${index + 1}. `;
    const pad = ' '.repeat(number.length);
    const lines = [number + accountLabel(account)];
    const note = coverageNote(account);
    if (account.passage !== null) {
      lines.push(pad + renderSpans(account.passage.snippetSpans, style).replace(/\n/g, `\n${pad}`));
      lines.push(
        `${pad}— ${accountLabel(account) === account.title ? '' : `${account.title} · `}${accountPlace(account)}`,
      );
    }
    if (note !== null) lines.push(pad + note);
    const sameAs = sameAsLine(account.sameAs);
    if (sameAs !== null) lines.push(pad + sameAs);
    return lines.join('\n');
  });
  return `${title}\n\n${blocks.join('\n\n')}`;
}

/** The `--json` contract: these fields, in this order; later additions go after them. */
export interface CompareJson {
  topic: string;
  covered: number;
  articleCount: number;
  articles: Array<{
    articleId: string;
    title: string;
    outlet: string | null;
    covered: boolean;
    passage: {
      paragraph: number;
      section: string | null;
      text: string;
      snippet: string;
      opinion: boolean;
      score: number;
    } | null;
    sameAs: Array<{ articleId: string; title: string; outlet: string | null; paragraph: number; resemblance: number }>;
    coverage: ArticleAccount['coverage'];
    depth: number;
    url: string | null;
    unmentioned: string[];
  }>;
  sameAccountOnly: number;
  declined: boolean;
}

export function toCompareJson(comparison: Comparison): CompareJson {
  return {
    topic: comparison.topic,
    covered: comparison.covered,
    articleCount: comparison.articleCount,
    articles: comparison.accounts.map((account) => ({
      articleId: account.articleId,
      title: account.title,
      outlet: account.outlet ?? null,
      covered: account.coverage === 'topic',
      passage:
        account.passage === null
          ? null
          : {
              paragraph: account.passage.paragraph,
              section: account.passage.section,
              text: account.passage.text,
              snippet: account.passage.snippet,
              opinion: account.passage.opinion,
              score: account.passage.score,
            },
      sameAs: account.sameAs.map((other) => ({
        articleId: other.articleId,
        title: other.title,
        outlet: other.outlet ?? null,
        paragraph: other.paragraph,
        resemblance: Math.round(other.resemblance * 1000) / 1000,
      })),
      coverage: account.coverage,
      depth: account.depth,
      url: account.url ?? null,
      unmentioned: account.unmentioned,
    })),
    sameAccountOnly: comparison.sameAccountOnly,
    declined: comparison.declined,
  };
}
