// What the index holds of a passage and how it is weighed: the indexed fields, their boosts and BM25's constants, in
// one place. build-postings.ts indexes the passages into postings (postings.ts) that our scorer reads (scorer.ts);
// the saved index keeps those postings.
import type { Article } from '../../corpus/types.js';
import { tokenize } from '../analysis/analyzer.js';
import { attributionsOf, type Attributions } from '../attribution/attributions.js';

/** What the index holds of a passage. */
export interface IndexedPassage {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
  section: string;
  title: string;
}

/** Bump when the options below change what a stored index means. */
export const INDEX_VERSION = 'index-4';

export const INDEX_FIELDS = ['text', 'section', 'title'] as const;

export type IndexField = (typeof INDEX_FIELDS)[number];

/**
 * Field boosts. The passage's own words decide; its section heading says what the passage is about in a few words,
 * but it is shared by every passage under it, so it weighs less than the text (0.3: higher values let a heading
 * word lift a whole section above the one paragraph that answers); the headline is shared by the whole article,
 * so it only breaks ties between articles.
 */
export const FIELD_BOOSTS: Record<IndexField, number> = { text: 1, section: 0.3, title: 0.25 };

/**
 * BM25+ for short passages (one news paragraph, ~30–120 words). k1 1.2: a paragraph rarely repeats a word, so
 * saturation matters little (0.9 and 1.2 tie on the question set). b 0.75, full length normalisation: short
 * paragraphs vary threefold in length, and without it a long background paragraph that mentions every word of
 * the question once outranks the two-sentence paragraph that answers it (b 0.3–0.5 lost 1–2 questions at rank 1).
 * d 0.5 is BM25+'s usual floor for a matched term.
 */
export const BM25 = { k: 1.2, b: 0.75, d: 0.5 } as const;

// The headline is the same for every passage of an article, and a section heading for every passage under it, and
// passages are indexed in reading order: remembering the last text of each shared field skips re-tokenising it.
const lastShared = new Map<string, { text: string; tokens: string[] }>();

function tokenizeShared(field: string, text: string): string[] {
  const last = lastShared.get(field);
  if (last !== undefined && last.text === text) return last.tokens;
  const tokens = tokenize(text);
  lastShared.set(field, { text, tokens });
  return tokens;
}

/**
 * The raw tokens of one field of a passage. The headline and the section heading are tokenised once per run of
 * passages sharing them; the text of every passage afresh.
 */
export function tokenizeField(text: string, field: IndexField): string[] {
  return field === 'title' || field === 'section' ? tokenizeShared(field, text) : tokenize(text);
}

export function indexedPassages(
  articles: readonly Article[],
  attributions: Attributions = attributionsOf(articles),
): IndexedPassage[] {
  return articles.flatMap((article) => {
    // A passage that reports speech as "she said" is indexed with the name "she" stands for (speaker-attribution.ts),
    // as if the article had written it there, so "what did Sheinbaum say" finds her words; the text shown is unchanged.
    return article.passages.map((passage) => {
      const speaker = attributions.get(passage.id)?.speaker;
      return {
        id: passage.id,
        articleId: article.id,
        paragraph: passage.paragraph,
        text: speaker === undefined ? passage.text : `${passage.text}\n\n${speaker}`,
        section: passage.section ?? '',
        // The outlet and author stand with the headline, so "what did the Resist Hate writer say" finds that
        // outlet's own commentary.
        title: [article.title, article.outlet, article.author]
          .filter((part) => part !== undefined && part !== '')
          .join(' · '),
      };
    });
  });
}
