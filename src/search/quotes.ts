// Quotes: every statement the articles attribute to a person, in article order, near-duplicates folded. A statement
// is the sentence (or sentences) of a passage where the article names the person speaking ("Sheinbaum said",
// "…,” said Sheinbaum) or where a pronoun the engine credited to them speaks ("she reiterated that “…”"). The people
// the corpus quotes are what /quotes autocompletes from. Plain values in and out, as the rest of the core.
import type { Article } from '../corpus/types.js';
import { processTerm, scanTokens } from './analysis/analyzer.js';
import { FOLD_THRESHOLD, foldNearDuplicates, type FoldCandidate } from './ranking/fold.js';
import { splitSentences } from '../corpus/sentences.js';
import { speakerMentionsOf, type SpeakerAttribution } from './attribution/speaker-attribution.js';
import type { AlsoIn, SnippetSpan } from './types.js';
import { creditSpeaker } from './attribution/credited-speaker.js';

/** A person the articles quote, under the fullest name they give them, with how many statements they are credited. */
export interface QuotedPerson {
  name: string;
  /** The index terms of every form of the name ("claudia", "sheinbaum"). */
  terms: readonly string[];
  statements: number;
}

/** One thing a person said, as one article reports it, with the other articles that report the same. */
export interface Statement {
  articleId: string;
  title: string;
  outlet?: string;
  url?: string;
  paragraph: number;
  section: string | null;
  /** The sentences of the passage that carry the statement, verbatim. */
  text: string;
  /** `quote`: the person's own words in quotation marks; `reported`: an account of what they said. */
  kind: 'quote' | 'reported';
  /** The text as spans; a pronoun the engine credited to the person carries their name (`she [Claudia Sheinbaum]`). */
  spans: SnippetSpan[];
  /** Who says it, by the fullest name the articles give ("Claudia Sheinbaum"). */
  speaker: string;
  /** Other articles' statements that say the same (folded with the rule of fold.ts). */
  alsoIn: AlsoIn[];
  /** How many distinct articles report it (1 + the distinct articles in alsoIn). */
  reportedBy: number;
  opinion: boolean;
}

export interface Quotes {
  /** What was asked for, as typed. */
  who: string;
  /** The people the name matched (usually one), fullest name each; empty when the coverage never quotes them. */
  people: string[];
  /** In article order (articles as the corpus lists them, then ¶), one statement per folded group. */
  statements: Statement[];
  articleCount: number;
}

/** What building the quotes needs: the articles and the engine's speaker attribution of a passage. */
export type AttributionOf = (passageId: string) => SpeakerAttribution | undefined;

interface RawStatement extends FoldCandidate {
  article: Article;
  paragraph: number;
  section: string | null;
  opinion: boolean;
  text: string;
  kind: 'quote' | 'reported';
  spans: SnippetSpan[];
  /** Index terms of the name that speaks, to find whose statement it is. */
  speakerTerms: readonly string[];
  speakerName: string;
}

const QUOTATION_MARK = /["“”«»„]/;

function termsOf(text: string): Set<string> {
  return new Set(scanTokens(text).flatMap((token) => processTerm(token.raw) ?? []));
}

/** The sentences of `text` that contain any of `offsets`, as they stand (one space between them). */
function sentencesAt(text: string, offsets: readonly number[]): SnippetSpan[] {
  const sentences = splitSentences(text).filter((range) =>
    offsets.some((offset) => offset >= range.start && offset < range.end),
  );
  return sentences.flatMap((range, index) => [
    ...(index > 0 ? [{ text: ' ', marked: false }] : []),
    { text: text.slice(range.start, range.end), marked: false },
  ]);
}

/** Every statement of every passage, one per speaker per passage, in article order. */
function rawStatements(articles: readonly Article[], attributionOf: AttributionOf): RawStatement[] {
  const statements: RawStatement[] = [];
  for (const article of articles) {
    const mentionsByPassage = new Map<number, ReturnType<typeof speakerMentionsOf>>();
    for (const mention of speakerMentionsOf(article))
      mentionsByPassage.set(mention.passageIndex, [...(mentionsByPassage.get(mention.passageIndex) ?? []), mention]);
    article.passages.forEach((passage, passageIndex) => {
      // One statement per person per passage: their named mentions and credited pronouns together.
      const bySpeaker = new Map<
        string,
        { name: string; terms: readonly string[]; offsets: number[]; credited?: SpeakerAttribution }
      >();
      for (const mention of mentionsByPassage.get(passageIndex) ?? []) {
        const key = mention.terms.join(' ');
        const known = bySpeaker.get(key);
        bySpeaker.set(key, {
          name: known?.name ?? mention.name,
          terms: mention.terms,
          offsets: [...(known?.offsets ?? []), mention.start],
        });
      }
      const attribution = attributionOf(passage.id);
      if (attribution && attribution.pronounStarts.length > 0) {
        const key = attribution.terms.join(' ');
        const known = bySpeaker.get(key);
        bySpeaker.set(key, {
          name: attribution.speaker,
          terms: attribution.terms,
          offsets: [...(known?.offsets ?? []), ...attribution.pronounStarts],
          credited: attribution,
        });
      }
      for (const speaker of bySpeaker.values()) {
        const sentences = sentencesAt(passage.text, speaker.offsets);
        const spans = creditSpeaker(
          passage.text,
          sentences.length > 0 ? sentences : [{ text: passage.text, marked: false }],
          speaker.credited,
        );
        const text = spans.map((span) => span.text).join('');
        statements.push({
          passageId: passage.id,
          articleId: article.id,
          terms: termsOf(text),
          article,
          paragraph: passage.paragraph,
          section: passage.section,
          opinion: passage.opinion,
          text,
          kind: QUOTATION_MARK.test(text) ? 'quote' : 'reported',
          spans,
          speakerTerms: speaker.terms,
          speakerName: speaker.name,
        });
      }
    });
  }
  return statements;
}

interface Person {
  name: string;
  terms: Set<string>;
}

const sharesTerm = (a: Iterable<string>, b: ReadonlySet<string>) => [...a].some((term) => b.has(term));

/**
 * People, from the names that speak: names sharing a term are one person ("Sheinbaum" and "Claudia Sheinbaum"),
 * named by their fullest form. A one-word name no article gives in full ("Mexico said") is a place or a body.
 */
function peopleOf(statements: readonly RawStatement[]): Person[] {
  const people: Person[] = [];
  const byLength = [...statements].sort((a, b) => b.speakerTerms.length - a.speakerTerms.length);
  for (const statement of byLength) {
    const person = people.find((candidate) => sharesTerm(statement.speakerTerms, candidate.terms));
    if (person) for (const term of statement.speakerTerms) person.terms.add(term);
    else if (statement.speakerTerms.length > 1)
      people.push({ name: statement.speakerName, terms: new Set(statement.speakerTerms) });
  }
  return people;
}

/** The quotes of one corpus: built once (a pass over every article), then answered from memory. */
export interface QuoteBook {
  people(): QuotedPerson[];
  quotesBy(who: string): Quotes;
}

export function createQuoteBook(
  articles: readonly Article[],
  attributionOf: AttributionOf,
  foldThreshold = FOLD_THRESHOLD,
): QuoteBook {
  let built: { statements: RawStatement[]; people: Person[] } | undefined;
  const build = () => {
    if (!built) {
      const statements = rawStatements(articles, attributionOf);
      built = { statements, people: peopleOf(statements) };
    }
    return built;
  };
  const statementsOf = (person: Person) =>
    build().statements.filter((statement) => sharesTerm(statement.speakerTerms, person.terms));

  return {
    people() {
      return build()
        .people.map((person) => ({
          name: person.name,
          terms: [...person.terms],
          statements: statementsOf(person).length,
        }))
        .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
    },
    quotesBy(who) {
      const typed = termsOf(typeof who === 'string' ? who : '');
      const people =
        typed.size === 0 ? [] : build().people.filter((person) => [...typed].every((term) => person.terms.has(term)));
      const wanted = new Set(people.flatMap((person) => [...person.terms]));
      const found = build().statements.filter((statement) => sharesTerm(statement.speakerTerms, wanted));
      const groups = foldNearDuplicates(found, foldThreshold);
      const nameOf = (statement: RawStatement) =>
        people.find((person) => sharesTerm(statement.speakerTerms, person.terms))?.name ?? statement.speakerName;
      return {
        who,
        people: people.map((person) => person.name),
        statements: groups.map((group) => toStatement(group.head, group.others, nameOf(group.head))),
        articleCount: articles.length,
      };
    },
  };
}

function toStatement(head: RawStatement, others: readonly RawStatement[], speaker: string): Statement {
  const alsoIn: AlsoIn[] = others.map((other) => ({
    articleId: other.articleId,
    title: other.article.title,
    ...(other.article.outlet === undefined ? {} : { outlet: other.article.outlet }),
    paragraph: other.paragraph,
  }));
  return {
    articleId: head.articleId,
    title: head.article.title,
    ...(head.article.outlet === undefined ? {} : { outlet: head.article.outlet }),
    ...(head.article.url === undefined ? {} : { url: head.article.url }),
    paragraph: head.paragraph,
    section: head.section,
    text: head.text,
    kind: head.kind,
    spans: head.spans,
    speaker,
    alsoIn,
    reportedBy: new Set([head.articleId, ...others.map((other) => other.articleId)]).size,
    opinion: head.opinion,
  };
}
