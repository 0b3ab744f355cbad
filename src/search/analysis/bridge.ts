// Bridging a reader's word to the articles': a question word the corpus never uses is either an everyday word the
// reporters happened not to write ("big", "react", "upset"), a paraphrase of one they did write ("backfire" for
// "backlash", "soil" for "territory"), or evidence that the question is about something the coverage lacks
// ("bitcoin", "tariffs", a name). This module tells which, from general-English facts only (WordNet's neighbours and
// a spoken-English word-frequency list), never from a list of this corpus's or this question set's words.
import { processTerm } from './analyzer.js';
import { QUESTION_SCAFFOLDING, SPEECH_VERBS } from './stopwords.js';
import { wordUse } from './word-frequency.js';
import { narrowerOf, sensesOf, type Neighbour, type PartOfSpeech, type Relation, type WordSenses } from './wordnet.js';

/** A word the corpus uses, searched in place of (and well below) a word the reader typed that it does not use. */
export interface Alternative {
  term: string;
  /** How much of the typed word's weight a passage holding this term covers, and how much its score counts. */
  credit: number;
  relation: Relation;
}

/**
 * What an absent word says about the question:
 * - `everyday`: a common English word that is not a thing or topic (an adjective, verb or adverb first: "big",
 *   "react", "involved"): no evidence of anything missing; its neighbours are searched, it does not count against a
 *   passage.
 * - `everyday-noun`: a common English noun ("soldiers", "pizza"): it may be the topic, so it counts, but less than a
 *   rare word.
 * - `rare`: a word spoken English rarely uses, or not a word at all (a typo, a name typed in lower case): what the
 *   question is about, unless a neighbour the corpus uses stands in for it.
 */
export type Absence = 'everyday' | 'everyday-noun' | 'rare';

export interface Bridge {
  absence: Absence;
  alternatives: Alternative[];
}

/**
 * Zipf 3.5 and above is everyday English (about once in 30,000 words of speech: "react" 3.9, "recipe" 3.9,
 * "soldiers" 4.4, "big" 5.8); below is rare ("backfire" 2.9, "tariffs" 2.2). Chosen on the development questions.
 */
export const EVERYDAY_ZIPF = 3.5;

/** A neighbour counts for this share of the typed word: WordNet's relations are not equally close. */
export const RELATION_CREDIT: Record<Relation, number> = { synonym: 0.6, derived: 0.75, broader: 0.4, narrower: 0.6 };

/** At most this many neighbours a word are searched: the closest first. */
export const MAX_ALTERNATIVES = 4;

const RELATION_ORDER: Record<Relation, number> = { derived: 0, synonym: 1, narrower: 2, broader: 3 };

/** How the typed term (already lemmatised by the analyzer) relates to a corpus that does not use it. */
export function bridgeAbsentTerm(term: string, isKnownTerm: (term: string) => boolean): Bridge {
  const senses = sensesOf(term);
  const absence = absenceOf(term, senses);
  const neighbours = [...senses.neighbours, ...narrowerOf(term)].sort(
    (a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation],
  );
  const alternatives = alternativesAmong(
    term,
    neighbours,
    // A rare word stands for its own meaning: a broader term ("tariff" → tax) would answer a question the coverage
    // does not, and so would a phrase's head word ("Christmas" → "Christmas Day" → day). An everyday word's broader
    // terms and phrases are fair paraphrase ("soldiers" → military personnel), a phrase standing in by its head (last)
    // word: "personnel", not "military".
    (neighbour) =>
      absence === 'rare' && (neighbour.relation === 'broader' || neighbour.words.length > 1)
        ? undefined
        : neighbour.words.at(-1),
    isKnownTerm,
  );
  return { absence, alternatives };
}

/**
 * The corpus terms that `neighbours` of `term` stand for, in their order, each credited by its relation; `wordOf`
 * says which word of a neighbour to search, or that it is left out. At most MAX_ALTERNATIVES neighbours' worth.
 */
function alternativesAmong(
  term: string,
  neighbours: readonly Neighbour[],
  wordOf: (neighbour: Neighbour) => string | undefined,
  isKnownTerm: (term: string) => boolean,
): Alternative[] {
  const alternatives: Alternative[] = [];
  for (const neighbour of neighbours) {
    const word = wordOf(neighbour);
    if (word === undefined) continue;
    // A hyphenated neighbour stands in as a whole: "Al-Iraq" is Iraq, not "al"; "man-at-arms" no "man".
    for (const candidate of (processTerm(word) ?? []).slice(0, 1)) {
      if (candidate === term || alternatives.some((alternative) => alternative.term === candidate)) continue;
      if (SPEECH_VERBS.has(candidate) || QUESTION_SCAFFOLDING.has(candidate) || !isKnownTerm(candidate)) continue;
      alternatives.push({ term: candidate, credit: RELATION_CREDIT[neighbour.relation], relation: neighbour.relation });
    }
    if (alternatives.length >= MAX_ALTERNATIVES) break;
  }
  return alternatives;
}

/**
 * Whether a word names a thing rather than an action or a quality: a noun first by WordNet's tagged counts, or a word
 * WordNet does not know (a name, a number, a term of art). "justify", "compare", "full" are not; "trade", "cost" are.
 */
export function isThingWord(term: string): boolean {
  const weights = partOfSpeechWeights(sensesOf(term));
  const largest = Math.max(weights.noun, weights.verb, weights.adj, weights.adv);
  return largest === 0 || weights.noun >= largest;
}

/** The word's parts of speech by how often WordNet's tagged corpus used them, sense counts breaking ties. */
function partOfSpeechWeights(senses: WordSenses): Record<PartOfSpeech, number> {
  const weight = (pos: PartOfSpeech) => senses.taggedCounts[pos] * 100 + senses.senseCounts[pos];
  return { noun: weight('noun'), verb: weight('verb'), adj: weight('adj'), adv: weight('adv') };
}

function absenceOf(term: string, senses: WordSenses): Absence {
  const senseCounts = partOfSpeechWeights(senses);
  const use = wordUse(term);
  // Capitalised nearly always and never a common word in WordNet: a name ("Paris", "Monday"). "Yes" and "God" start
  // sentences but are common words too.
  if (use?.isMostlyCapitalised === true && !senses.hasCommonForm) return 'rare';
  const largest = Math.max(senseCounts.noun, senseCounts.verb, senseCounts.adj, senseCounts.adv);
  // An adverb says how, not what ("anonymously", "actually"), and a verb what happens ("overstep", "juggle"), which
  // the reporters tell in their own words: no topic, however rare. The things a question is about are nouns.
  if (largest > 0 && (senseCounts.adv === largest || senseCounts.verb === largest) && senseCounts.noun < largest)
    return 'everyday';
  // A rare noun for an act, an event, a quality or an idea ("crackdown", "teamwork", "downside") is how the reader
  // characterises what happened, which the reporters tell in their own words: it counts like an everyday noun. A rare
  // noun for a thing ("tariff", "drone", "remittance"), or a word the frequency list lacks, is what the question is
  // about.
  if (use === undefined || use.zipf < EVERYDAY_ZIPF)
    return use !== undefined && senses.isAbstractNoun ? 'everyday-noun' : 'rare';
  // Ties go to the noun: "tariff" and "email" are nouns first.
  return senseCounts.noun > 0 && senseCounts.noun >= largest ? 'everyday-noun' : 'everyday';
}

/**
 * Close neighbours of a word the corpus does use, that the corpus also uses: its derived forms ("Mexico" → Mexican,
 * "Congress" → congressional) and the other words of its commonest senses ("murder" → slaying). A passage that says
 * "Mexican President" answers "president of Mexico". Searched well below the word; broader terms are left out, they
 * pull in passages about something else.
 */
export function closeKnownForms(term: string, isKnownTerm: (term: string) => boolean): Alternative[] {
  if (!/^[a-z]{3,}$/.test(term)) return [];
  return alternativesAmong(
    term,
    sensesOf(term).neighbours,
    (neighbour) =>
      neighbour.relation === 'broader' || neighbour.relation === 'narrower' || neighbour.words.length !== 1
        ? undefined
        : neighbour.words[0],
    isKnownTerm,
  );
}

/** Whether WordNet has the word in any part of speech. */
export function isInWordNet(term: string): boolean {
  const counts = sensesOf(term).senseCounts;
  return counts.noun + counts.verb + counts.adj + counts.adv > 0;
}

/** Whether spoken English knows the word as a name (Paris, Macron): a name the corpus lacks, not a misspelt one. */
export function isKnownName(term: string): boolean {
  return wordUse(term)?.isMostlyCapitalised === true;
}

/**
 * Whether a word the corpus lacks is a real English word rather than a typo: a real word ("remittance") is never
 * "corrected" to a corpus word it resembles ("resistance"). WordNet is the dictionary; the frequency list adds the
 * everyday words WordNet leaves out (function words, inflections it does not list).
 */
export function isEnglishWord(term: string): boolean {
  // A word WordNet writes only capitalised ("Chian", of Chios) is a name, not the everyday word a typo would be:
  // "chian" is a misspelt "chain".
  if (isInWordNet(term) && sensesOf(term).hasCommonForm) return true;
  const use = wordUse(term);
  return use !== undefined && use.zipf >= EVERYDAY_ZIPF - 1;
}
