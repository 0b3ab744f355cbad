// Speaker attribution: a passage that reports speech through a pronoun ("Nonetheless, she reiterated that “…”") is the
// words of the person the article last named as a subject, so "what did Sheinbaum say" should find it. Conservative by
// design, for any corpus and any name, without a list of people:
//  - - A subject mention is a run of capitalised words (titles and possessives before the name dropped: "Mexico's
// President Claudia Sheinbaum" → Claudia Sheinbaum) directly before a speech verb ("Sheinbaum said", "Trump
// told"), after one in an inversion ("…,” said Sheinbaum), or opening a sentence or clause before an inflected
// verb ("Sheinbaum highlighted", "Trump did"). A single word opening a sentence must be capitalised somewhere
// else in the article too (so "Behind the scenes" is not a name), and plural nouns ("Analysts say") are not people.
//  - - A reporting pronoun is "she" or "he" with a speech verb at most two words after it ("she reiterated", "he also
//    said").
//  - - Only people count: a subject the article also names in full somewhere ("Claudia Sheinbaum", then "Sheinbaum");
// one it never does ("Mexico said") is a place or a body.
//  - - The pronoun is attributed to the last subject mention before it, only when that mention stands in one of the
// MAX_PASSAGES_BACK passages before, in the same section, no other person the article names as a subject is
// mentioned in between, and no sentence in between reports someone else speaking ("The analyst noted …"): with
// two people in play we cannot tell whom "she" means, so nobody is credited.
//  - - Gender is not guessed from names. When the article itself pairs the person with the other pronoun ("Trump
// framed the move … He claimed"), a "she" is not credited to them, nor a "he" to a person it calls "she".
import { BoundedCache } from '../../bounded-cache.js';
import type { Article } from '../../corpus/types.js';
import { processTerm, scanTokens, winkLemmatizer, type Token } from '../analysis/analyzer.js';
import { SPEECH_VERBS, STOPWORDS } from '../analysis/stopwords.js';

/**
 * Bump whenever a change here would credit any passage differently: attributions are indexed and saved with the index.
 */
export const ATTRIBUTION_VERSION = 'attribution-2';

/** How many passages back the antecedent of a reporting pronoun may stand. */
export const MAX_PASSAGES_BACK = 3;

export interface SpeakerAttribution {
  /** The person the passage's reporting pronouns stand for, as the article names them ("Claudia Sheinbaum"). */
  speaker: string;
  /** The index terms of that name (claudia, sheinbaum). */
  terms: readonly string[];
  /** Character offsets in the passage text where the attributed pronouns start. */
  pronounStarts: readonly number[];
}

/** Words that precede a name in a byline or a title; a name run is read from its end back to the first of these. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'senator',
  'sen',
  'representative',
  'rep',
  'governor',
  'gov',
  'mayor',
  'general',
  'gen',
  'chief',
  'director',
  'ambassador',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'mr',
  'mrs',
  'ms',
  'dr',
  'former',
  'state',
  'foreign',
  'defense',
  'defence',
  'attorney',
  'judge',
  'justice',
  'king',
  'queen',
  'pope',
  'commissioner',
  'chancellor',
  'leader',
  'speaker',
  'house',
  'lawmaker',
  'officer',
  'commander',
  'admiral',
]);
/** A name after one of these is its object ("an analyst in Mexico City said"), not who speaks. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'of',
  'to',
  'with',
  'by',
  'for',
  'on',
  'about',
  'near',
  'than',
  'like',
  'against',
  'across',
]);
const REPORTING_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he']);
const MAY_HOLD_PRONOUN = /\b[Ss]?[Hh]e\b/;
const SENTENCE_BREAK = /[.!?]/;
const CLAUSE_BREAK = /[.!?,;:—–“”"«»()]/;

interface Mention {
  passageIndex: number;
  start: number;
  name: string;
  terms: string[];
  /** Named as who speaks ("Sheinbaum said", "…,” said Sheinbaum), not only as a sentence's subject. */
  speaks: boolean;
}

interface ReportingPronoun {
  passageIndex: number;
  start: number;
  word: 'she' | 'he';
}

/** Called for every word of an article: plain A–Z and a–z answered without the Unicode regular expression. */
function isCapitalised(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return false;
  return /^\p{Lu}/u.test(raw);
}
const isAcronym = (raw: string) => /^[\p{Lu}.]+$/u.test(raw);
const isPossessive = (raw: string) => /['’]s?$/.test(raw);
const lower = (raw: string) => raw.toLowerCase();

function isSpeechVerb(raw: string): boolean {
  return (processTerm(raw) ?? []).some((term) => SPEECH_VERBS.has(term));
}

/** A verb form that shows its inflection (highlighted, says, did): what follows a name that is a sentence's subject. */
function isInflectedVerb(raw: string): boolean {
  const word = lower(raw);
  if (!/^[a-z]+$/.test(word) || !/^\p{Ll}/u.test(raw)) return false;
  return winkLemmatizer().verb(word) !== word;
}

function isPluralNoun(raw: string): boolean {
  const word = lower(raw);
  return /^[a-z]+$/.test(word) && winkLemmatizer().noun(word) !== word;
}

/**
 * The person's name at the end of a capitalised run, titles and possessives before it dropped; null when none is left.
 */
function nameAtEnd(run: readonly Token[]): Token[] | null {
  const name: Token[] = [];
  for (let index = run.length - 1; index >= 0; index -= 1) {
    const token = run[index];
    if (!token) break;
    if (TITLE_WORDS.has(lower(token.raw)) || (isPossessive(token.raw) && index < run.length - 1)) break;
    name.unshift(token);
  }
  return name.length > 0 ? name : null;
}

/** Per passage, its tokens and which of them open a sentence or a clause. */
interface PassageReading {
  tokens: Token[];
  opensSentence: boolean[];
  opensClause: boolean[];
}

function readPassage(text: string): PassageReading {
  const tokens = scanTokens(text);
  const opensSentence: boolean[] = [];
  const opensClause: boolean[] = [];
  tokens.forEach((token, index) => {
    const between = text.slice(tokens[index - 1]?.end ?? 0, token.start);
    opensSentence.push(index === 0 || SENTENCE_BREAK.test(between));
    opensClause.push(index === 0 || CLAUSE_BREAK.test(between));
  });
  return { tokens, opensSentence, opensClause };
}

/** Words the article capitalises somewhere other than at the start of a sentence: its proper nouns. */
function properNounsOf(readings: readonly PassageReading[]): Set<string> {
  const proper = new Set<string>();
  for (const { tokens, opensSentence } of readings) {
    tokens.forEach((token, index) => {
      if (!opensSentence[index] && isCapitalised(token.raw)) proper.add(token.raw);
    });
  }
  return proper;
}

function mentionsOf(
  text: string,
  reading: PassageReading,
  passageIndex: number,
  properNouns: ReadonlySet<string>,
): Mention[] {
  const { tokens, opensSentence, opensClause } = reading;
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index];
    if (!first || !isCapitalised(first.raw) || isAcronym(first.raw)) {
      index += 1;
      continue;
    }
    // The run: capitalised words separated by spaces only.
    let end = index + 1;
    while (end < tokens.length) {
      const next = tokens[end];
      const previous = tokens[end - 1];
      if (
        !next ||
        !previous ||
        !isCapitalised(next.raw) ||
        isAcronym(next.raw) ||
        !/^\s+$/.test(text.slice(previous.end, next.start))
      )
        break;
      end += 1;
    }
    const run = tokens.slice(index, end);
    const name = nameAtEnd(run);
    const after = tokens[end];
    const afterAdverb = after && /ly$/.test(after.raw) ? tokens[end + 1] : after;
    const before = tokens[index - 1];
    const isSpeechSubject =
      (after !== undefined && isSpeechVerb(after.raw)) || (afterAdverb !== undefined && isSpeechVerb(afterAdverb.raw));
    const isInvertedSpeaker =
      before !== undefined &&
      isSpeechVerb(before.raw) &&
      /[,”"]\s*$/.test(text.slice(tokens[index - 2]?.end ?? 0, before.start));
    const isSentenceSubject = opensClause[index] === true && after !== undefined && isInflectedVerb(after.raw);
    const followsPreposition = before !== undefined && PREPOSITIONS.has(before.raw);
    if (
      name &&
      !followsPreposition &&
      (isSpeechSubject || isInvertedSpeaker || isSentenceSubject) &&
      isPersonName(name, opensSentence[index] === true && name[0] === first, properNouns)
    ) {
      const terms = name.flatMap((token) => processTerm(token.raw) ?? []);
      if (terms.length > 0)
        mentions.push({
          passageIndex,
          start: name[0]?.start ?? first.start,
          name: name.map((token) => token.raw.replace(/['’]s?$/, '')).join(' '),
          terms,
          speaks: isSpeechSubject || isInvertedSpeaker,
        });
    }
    index = end;
  }
  return mentions;
}

function isPersonName(name: readonly Token[], opensSentence: boolean, properNouns: ReadonlySet<string>): boolean {
  if (name.some((token) => STOPWORDS.has(lower(token.raw)))) return false;
  if (name.length > 1) return true;
  const only = name[0];
  if (!only || isPluralNoun(only.raw)) return false;
  return !opensSentence || properNouns.has(only.raw);
}

function reportingPronounsOf(text: string, passageIndex: number): ReportingPronoun[] {
  const tokens = scanTokens(text);
  return tokens.flatMap((token, index): ReportingPronoun[] => {
    const word = lower(token.raw);
    if (word !== 'she' && word !== 'he') return [];
    const following = tokens.slice(index + 1, index + 3);
    return following.some((next) => isSpeechVerb(next.raw)) ? [{ passageIndex, start: token.start, word }] : [];
  });
}

const sharesTerm = (a: readonly string[], b: readonly string[]) => a.some((term) => b.includes(term));

/** The attributions of one article's passages, by passage id (passages without one are absent). */
export function attributeSpeakers(article: Article): Map<string, SpeakerAttribution> {
  const attributions = new Map<string, SpeakerAttribution>();
  // Most articles' pronouns are few: the rest of the work is only for articles that report speech through one.
  const pronouns = article.passages.map((passage, passageIndex) =>
    MAY_HOLD_PRONOUN.test(passage.text) ? reportingPronounsOf(passage.text, passageIndex) : [],
  );
  if (pronouns.every((found) => found.length === 0)) return attributions;
  const readings = article.passages.map((passage) => readPassage(passage.text));
  const properNouns = properNounsOf(readings);
  const subjects = article.passages.flatMap((passage, passageIndex) =>
    mentionsOf(passage.text, readings[passageIndex] ?? readPassage(passage.text), passageIndex, properNouns),
  );
  // People are introduced by their full name somewhere ("Claudia Sheinbaum", then "Sheinbaum"); a subject that never
  // is ("Mexico said") is a place or a body, neither an antecedent for "she" nor a rival to one.
  const fullNames = subjects.filter((mention) => mention.terms.length > 1);
  const mentions = subjects.filter((mention) => fullNames.some((full) => sharesTerm(full.terms, mention.terms)));
  const lastMentionBefore = (passageIndex: number, start: number) =>
    mentions
      .filter(
        (mention) =>
          mention.passageIndex < passageIndex || (mention.passageIndex === passageIndex && mention.start < start),
      )
      .at(-1);
  const pronounsOfPerson = pronounsPairedInPassage(pronouns, lastMentionBefore);
  article.passages.forEach((passage, passageIndex) => {
    for (const pronoun of pronouns[passageIndex] ?? []) {
      const antecedent = lastMentionBefore(passageIndex, pronoun.start);
      if (!antecedent || antecedent.passageIndex === passageIndex) continue; // named in the passage itself, or nobody
      if (passageIndex - antecedent.passageIndex > MAX_PASSAGES_BACK) continue;
      if (antecedent.terms.some((term) => pronounsOfPerson.get(term)?.has(pronoun.word) === false)) continue;
      if (article.passages[antecedent.passageIndex]?.section !== passage.section) continue;
      const people = mentions.filter((mention) => !sharesTerm(mention.terms, antecedent.terms));
      const textBetween = article.passages.slice(antecedent.passageIndex, passageIndex + 1).map((between, offset) => {
        const from = offset === 0 ? antecedent.start : 0;
        const to = between === passage ? pronoun.start : between.text.length;
        return between.text.slice(from, to);
      });
      const termsBetween = analyzedTermsOf(textBetween.join('\n\n'));
      const isAnotherInBetween = people.some((person) => person.terms.some((term) => termsBetween.has(term)));
      if (isAnotherInBetween || hasOtherSpeakerBetween(textBetween.join('\n\n'), antecedent.terms)) continue;
      // The fullest form the article gives this person ("Claudia Sheinbaum" for a later "Sheinbaum").
      const fullest = mentions
        .filter((mention) => sharesTerm(mention.terms, antecedent.terms))
        .reduce((best, mention) => (mention.terms.length > best.terms.length ? mention : best), antecedent);
      const known = attributions.get(passage.id);
      attributions.set(passage.id, {
        speaker: fullest.name,
        terms: [...new Set([...antecedent.terms, ...fullest.terms])],
        pronounStarts: [...(known?.pronounStarts ?? []), pronoun.start],
      });
    }
  });
  return attributions;
}

/** A person an article names as speaking: where (passage index and character offset) and the name's index terms. */
export interface SpeakerMention {
  passageIndex: number;
  start: number;
  name: string;
  terms: readonly string[];
}

/**
 * Every place an article names a person as the one speaking ("Sheinbaum said", "…,” said Sheinbaum), by the same
 * reading as the attribution above (titles dropped, places and plural nouns left out): what /quotes lists.
 */
export function speakerMentionsOf(article: Article): SpeakerMention[] {
  const readings = article.passages.map((passage) => readPassage(passage.text));
  const properNouns = properNounsOf(readings);
  return article.passages.flatMap((passage, passageIndex) =>
    mentionsOf(passage.text, readings[passageIndex] ?? readPassage(passage.text), passageIndex, properNouns)
      .filter((mention) => mention.speaks)
      .map(({ passageIndex: at, start, name, terms }) => ({ passageIndex: at, start, name, terms })),
  );
}

/**
 * Per name term, the pronouns the article pairs with that person inside one passage ("Sheinbaum said … She called
 * for …"): what tells us, without guessing from names, that a "he" two passages later is somebody else.
 */
function pronounsPairedInPassage(
  pronouns: readonly ReportingPronoun[][],
  lastMentionBefore: (passageIndex: number, start: number) => Mention | undefined,
): Map<string, Set<'she' | 'he'>> {
  const paired = new Map<string, Set<'she' | 'he'>>();
  for (const pronoun of pronouns.flat()) {
    const mention = lastMentionBefore(pronoun.passageIndex, pronoun.start);
    if (mention?.passageIndex !== pronoun.passageIndex) continue;
    for (const term of mention.terms) paired.set(term, (paired.get(term) ?? new Set()).add(pronoun.word));
  }
  return paired;
}

function analyzedTermsOf(text: string): Set<string> {
  return new Set(scanTokens(text).flatMap((token) => processTerm(token.raw) ?? []));
}

/**
 * Whether a sentence between the antecedent and the pronoun reports someone else speaking ("The analyst noted …"):
 * a sentence with a speech verb that neither names the antecedent nor has she/he as its speaker.
 */
function hasOtherSpeakerBetween(text: string, antecedentTerms: readonly string[]): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    const tokens = scanTokens(sentence);
    if (!tokens.some((token) => isSpeechVerb(token.raw))) return false;
    const terms = new Set(tokens.flatMap((token) => processTerm(token.raw) ?? []));
    if (antecedentTerms.some((term) => terms.has(term))) return false;
    return !tokens.some((token) => REPORTING_PRONOUNS.has(lower(token.raw)));
  });
}

/**
 * The attribution of any passage of `articles`, by passage id, worked out per article on first demand (the engine
 * asks only for the few passages a question ranks highest, so opening a large corpus pays nothing for it).
 */
export function speakerAttributionLookup(
  articles: readonly Article[],
): (passageId: string) => SpeakerAttribution | undefined {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const byArticle = new BoundedCache<string, Map<string, SpeakerAttribution>>(ARTICLE_MEMO_LIMIT);
  return (passageId) => {
    const articleId = passageId.slice(0, passageId.lastIndexOf(':'));
    const article = articleById.get(articleId);
    if (!article) return undefined;
    return byArticle.getOrSet(articleId, () => attributeSpeakers(article)).get(passageId);
  };
}

const ARTICLE_MEMO_LIMIT = 2_000;
