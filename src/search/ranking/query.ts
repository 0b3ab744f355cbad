// The query planner: a question as typed becomes the terms to search for, each with its role and weight, using
// the same analyzer as the index plus what only questions need (question scaffolding, "us" in lower case, speech).
import { COUNTRY_US, processTerm, scanTokens, type Token } from '../analysis/analyzer.js';
import { stripInvisible } from '../../text/invisible.js';
import {
  bridgeAbsentTerm,
  closeKnownForms,
  isEnglishWord,
  isInWordNet,
  isKnownName,
  RELATION_CREDIT,
  type Absence,
  type Alternative,
} from '../analysis/bridge.js';
import { answerTypeOf, type AnswerType } from '../analysis/answer-type.js';
import { allowedEdits, type Near } from '../analysis/spelling.js';
import { sensesOf } from '../analysis/wordnet.js';
import { closestEverydayWord } from '../analysis/word-frequency.js';
import {
  AUXILIARIES,
  POSSIBILITY_MODALS,
  QUESTION_FRAMING,
  QUESTION_SCAFFOLDING,
  SPEECH_VERBS,
  STOPWORDS,
  WH_WORDS,
} from '../analysis/stopwords.js';

/** Questions longer than this are read up to here: nobody asks in more, and the cost of a query stays bounded. */
export const MAX_QUESTION_CHARS = 1_000;
/** At most this many distinct terms are searched for. */
export const MAX_QUERY_TERMS = 32;

export interface QueryTerm {
  term: string;
  /** Multiplies the term's BM25 score. */
  boost: number;
  /**
   * Whether the term counts toward the question's coverage and the decline rule (a topic word, not a compound's whole
   * form).
   */
  isTopic: boolean;
  /**
   * Typed with a capital inside the question, or as an acronym: a name the corpus must contain for the question to be
   * answerable.
   */
  isName: boolean;
  /**
   * For a word the corpus never uses: what its absence says (see bridge.ts), and the neighbours the corpus does use,
   * searched beside it at lower weight. Absent for words the corpus uses, for names and without a corpus.
   */
  absence?: Absence;
  alternatives?: Alternative[];
  /** The word typed, when it was no English word and is searched as the corpus term it likely misspells. */
  correctedFrom?: string;
  /** A word of how people frame a question ("current", "latest") that the corpus also uses: it weighs little. */
  isFraming?: boolean;
  /** The word as typed, and which word of the question it is: to say what the coverage lacks ("Justin Trudeau"). */
  typed?: { text: string; position: number };
}

/** What the planner may ask of the corpus. */
export interface Lexicon {
  /** Whether the corpus uses a term. */
  isKnownTerm(term: string): boolean;
  /** The corpus term a misspelt word most likely means, and how many edits away (see spelling.ts). */
  correct?(term: string): Near | undefined;
  /** The corpus terms of the same word family as `term` by their stem ("overbooked" → overbooking). */
  sameStem?(term: string): string[];
}

export interface QueryPlan {
  terms: QueryTerm[];
  /** The question asks what someone said, claimed, argued… */
  asksForSpeech: boolean;
  /** It asks for their own words: "exact words", "quote", "verbatim". */
  asksForQuote?: boolean;
  /** The question asks what could or might happen: passages that speculate answer it. */
  asksForPossibility: boolean;
  /** The question asks for the gist ("tl;dr", "key points", "summary"): an article's opening and summary passages. */
  asksForSummary: boolean;
  /** The last term is searched as a prefix too (a word still being typed). */
  prefixTerm: string | null;
  /** The kind of answer the question asks for ("how many" → a quantity, "who" → a person), or null. */
  answerType: AnswerType | null;
}

/** "tl;dr" and "tldr": chat shorthand for "in short", framing like "hey bot" (the tokenizer would split it in two). */
const TLDR = /\btl;?\s?dr\b/giu;

/**
 * How readers ask for the gist rather than a detail: the words say what kind of passage is wanted (an article's
 * opening, its takeaways), not what it is about, and are left out of the terms searched.
 */
const SUMMARY_REQUEST =
  /\b(?:summar(?:y|ies|ise|ize)|recap|overview|gist|in short|in a nutshell|sum(?:\s+it)?\s+up|(?:key|main)\s+(?:points?|takeaways?|facts?)|takeaways?|highlights|bottom line|tl;?\s?dr)\b/giu;

/** Whether the question asks for the gist (see SUMMARY_REQUEST). */
export function asksForSummary(question: string): boolean {
  return new RegExp(SUMMARY_REQUEST.source, 'iu').test(question);
}

/** How chat opens a question ("quick q:", "ok but", "so", "hey"): framing, whatever words the corpus uses. */
const CHAT_OPENERS = [
  '(?:quick|random|dumb|serious|honest)\\s+q(?:uestion)?',
  'q',
  'question',
  'ok(?:ay)?(?:\\s+(?:but|so))?',
  ...['so', 'hey', 'yo', 'also', 'and', 'but', 'wait', 'hmm+', 'um+'],
];
const CHAT_OPENING = new RegExp(`^\\s*(?:${CHAT_OPENERS.join('|')})\\s*[:,-]?\\s+`, 'iu');

/**
 * Chat shorthand for words news writing spells out ("ppl", "govt", "xmas"), read as those words. Only unambiguous
 * ones: "pm" (prime minister or afternoon), "mil" (million or military) and "intel" (a company too) are left as typed.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['ppl', 'people'],
  ['govt', 'government'],
  ['gov', 'government'],
  ['govts', 'governments'],
  ['xmas', 'christmas'],
  ['celebs', 'celebrities'],
  ['celeb', 'celebrity'],
  ['pics', 'pictures'],
  ['admin', 'administration'],
  ['prez', 'president'],
  ['dems', 'democrats'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['dept', 'department'],
  ['yrs', 'years'],
  ['tmrw', 'tomorrow'],
  ['convo', 'conversation'],
  ['any1', 'anyone'],
  ['some1', 'someone'],
  ['every1', 'everyone'],
  ['q1', 'first quarter'],
  ['q2', 'second quarter'],
  ['q3', 'third quarter'],
  ['q4', 'fourth quarter'],
]);
const SHORTHAND_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...CHAT_SHORTHAND.keys()].join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A question without chat shorthand and openings, for planning and for splitting into parts. */
export function withoutChatFraming(question: string): string {
  let text = question
    .replace(TLDR, ' ')
    .replace(SUMMARY_REQUEST, ' ')
    .replace(SHORTHAND_WORD, (word) => CHAT_SHORTHAND.get(word.toLowerCase()) ?? word);
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(CHAT_OPENING, '');
  }
  return text;
}

/** Nouns that only say the answer is a figure ("any numbers on …", "stats on …"): the answer type carries them. */
const ANSWER_TYPE_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'figure',
  'stat',
  'stats',
  'statistic',
  'amount',
  'data',
]);

const PRONOUN_US_BEFORE = new Set(['the', 'a']);

/** "Sheinbaum's words on …", "trump's exact words": in a question about news, someone's words are what they said. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(['word']);
const EXACTNESS: ReadonlySet<string> = new Set(['exact', 'exactly', 'verbatim', 'precisely', 'word-for-word']);

/**
 * QUESTION_FRAMING as the analyzer's terms ("latest" → late, "thanks" → thank), so it is compared with what a question
 * yields.
 */
const FRAMING_TERMS: ReadonlySet<string> = new Set([...QUESTION_FRAMING].flatMap((word) => processTerm(word) ?? []));

/** "no one" is an indefinite pronoun like "nobody": its "one" names no topic. */
function isNoOne(tokens: Token[], position: number): boolean {
  return tokens[position]?.raw.toLowerCase() === 'one' && tokens[position - 1]?.raw.toLowerCase() === 'no';
}

/**
 * Lower-case "us" in a question is ambiguous: "us forces" means the country, "tell us about" the pronoun.
 * Rule: it is the country when the next word is a topic word (adjective use: "us forces", "us strikes") or the
 * word before is an article ("the us"); otherwise it is the pronoun and dropped. In the articles themselves only
 * "US"/"U.S." in capitals are the country, so this applies to questions alone.
 */
function isLowercaseCountry(tokens: Token[], position: number): boolean {
  const before = tokens[position - 1]?.raw.toLowerCase();
  const after = tokens[position + 1]?.raw;
  if (before !== undefined && PRONOUN_US_BEFORE.has(before)) return true;
  return after !== undefined && (processTerm(after)?.length ?? 0) > 0;
}

function isNameToken(raw: string, position: number): boolean {
  if (/^\p{Lu}{2,}$/u.test(raw)) return true; // an acronym anywhere (NATO, CIA)
  // The first word of a question is capitalised by grammar, not because it is a name.
  return position > 0 && /^\p{Lu}/u.test(raw);
}

/**
 * The longest run of letters that, unknown to English and the corpus, is chat shorthand ("tho", "govt") rather than a
 * topic.
 */
const SHORTHAND_LENGTH = 4;

const NUMBER_WORDS = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
];

/** Months as news style abbreviates them before a date ("Jan. 8", "Sept. 11"); March to July are never cut. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['january', 'jan'],
  ['february', 'feb'],
  ['august', 'aug'],
  ['september', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]);
const MONTHS_ABBREVIATED: ReadonlyMap<string, string> = new Map(
  [...MONTH_ABBREVIATIONS].map(([month, abbreviation]) => [abbreviation, month]),
);

/**
 * The other way news writes a number or a month: "3" ↔ "three" up to twenty, "january" ↔ "jan"; undefined for
 * anything else.
 */
function spelledOtherWay(term: string): string | undefined {
  if (/^\d{1,2}$/.test(term)) return NUMBER_WORDS[Number(term)];
  const index = NUMBER_WORDS.indexOf(term);
  if (index >= 0) return String(index);
  return MONTH_ABBREVIATIONS.get(term) ?? MONTHS_ABBREVIATED.get(term);
}

/**
 * A word the corpus never uses: a typo of a corpus word (corrected), a name (kept: rule 2 declines the question), or
 * a word whose absence bridge.ts weighs, with the neighbours the corpus uses in its place.
 */
function plannedAbsentTerm(planned: QueryTerm, lexicon: Lexicon): QueryTerm {
  const term = planned.term;
  // News writes small numbers both ways ("Jan. 3", "Jan. three") and cuts months before a date ("Jan. 8"): a number
  // or month the corpus lacks is searched as the other.
  const otherSpelling = spelledOtherWay(term);
  if (otherSpelling !== undefined && lexicon.isKnownTerm(otherSpelling))
    return { ...planned, term: otherSpelling, correctedFrom: term };
  if (!isEnglishWord(term) && !(planned.isName && isKnownName(term))) {
    // A compound typed as one word that the articles hyphenate ("fullscale", "crossborder") is that compound.
    const compound = hyphenatedForm(term, lexicon);
    if (compound !== undefined) return { ...planned, term: compound, correctedFrom: term };
    // A typo is read as the nearer of the corpus term and the everyday English word it may misspell, the corpus term
    // on a tie: "hapening" is "happening" (one edit), not the corpus's "hate" (two, from "hapen").
    const correction = lexicon.correct?.(term);
    // Only an everyday word strictly nearer than the corpus term can win: look no further than that.
    const reach = correction === undefined ? allowedEdits(term) : Math.ceil(correction.distance) - 1;
    const everyday = planned.isName || reach <= 0 ? undefined : closestEverydayWord(term, reach);
    if (correction !== undefined && (everyday === undefined || correction.distance <= everyday.distance))
      return { ...planned, term: correction.term, correctedFrom: term };
    // A typo of an English word the corpus does not use ("happend", "runers") is that word, bridged like it.
    const meant = everyday?.term;
    const lemma = meant === undefined ? undefined : (processTerm(meant)?.[0] ?? meant);
    if (lemma !== undefined && lemma !== term) {
      if (lexicon.isKnownTerm(lemma)) return { ...planned, term: lemma, correctedFrom: term };
      return plannedAbsentTerm({ ...planned, term: lemma, correctedFrom: term }, lexicon);
    }
    // Short and unknown to WordNet too ("tho", "govt"): chat shorthand. An acronym WordNet knows ("cia") is a name.
    if (!planned.isName && /^[a-z]+$/.test(term) && term.length <= SHORTHAND_LENGTH && !isInWordNet(term))
      return { ...planned, absence: 'everyday' };
  }
  if (planned.isName) return planned;
  const bridge = bridgeAbsentTerm(term, (candidate) => lexicon.isKnownTerm(candidate));
  // A form WordNet does not list ("overbooked") still meets the corpus's form of the same word ("overbooking"), ahead
  // of WordNet's neighbours (the family's last found first).
  bridge.alternatives.unshift(...stemRelatives(term, bridge.alternatives, lexicon).reverse());
  return {
    ...planned,
    absence: bridge.absence,
    ...(bridge.alternatives.length > 0 ? { alternatives: bridge.alternatives } : {}),
  };
}

/** The corpus's other forms of `term`'s word family (stem.ts) not yet among `alternatives`, as derived forms. */
function stemRelatives(term: string, alternatives: readonly Alternative[], lexicon: Lexicon): Alternative[] {
  return (lexicon.sameStem?.(term) ?? [])
    .filter((relative) => !alternatives.some((alternative) => alternative.term === relative))
    .map((relative) => ({ term: relative, credit: RELATION_CREDIT.derived, relation: 'derived' as const }));
}

/** The corpus's hyphenated compound that `term`, typed as one word, spells ("fullscale" → full-scale), if any. */
function hyphenatedForm(term: string, lexicon: Lexicon): string | undefined {
  if (!/^[a-z]{6,}$/.test(term)) return undefined;
  for (let cut = 2; cut <= term.length - 2; cut += 1) {
    const compound = `${term.slice(0, cut)}-${term.slice(cut)}`;
    if (lexicon.isKnownTerm(compound)) return compound;
  }
  return undefined;
}

/** Words after which a word is a verb ("will mess", "to sort", "gonna end"). */
const BEFORE_A_VERB: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'could',
  'can',
  'should',
  'might',
  'may',
  'must',
  'did',
  'does',
  'do',
  'gonna',
  'wanna',
  'i',
  'we',
  'they',
  'you',
]);
/** Particles after which a word is a phrasal verb ("end up", "sort out", "mess with", "teams up"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'with', 'off', 'down', 'over', 'back', 'away']);

/**
 * Whether an everyday word that is both a noun and a verb ("mess", "end", "sort", "team") is used as the verb here:
 * then it says what happens, like "react", rather than naming a thing the coverage may lack.
 */
function isUsedAsVerb(tokens: readonly Token[], position: number, term: string): boolean {
  if (sensesOf(term).senseCounts.verb === 0) return false;
  const before = tokens[position - 1]?.raw.toLowerCase() ?? '';
  const after = tokens[position + 1]?.raw.toLowerCase() ?? '';
  return BEFORE_A_VERB.has(before) || VERB_PARTICLES.has(after);
}

const AUXILIARY: ReadonlySet<string> = new Set(AUXILIARIES);

/** How a question that asks something opens ("what …", "how …", "did …"), as against a bare topic ("the legal side"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...WH_WORDS,
  ...['whats', "what's", 'hows', "how's", 'whos', "who's"],
  ...AUXILIARIES,
]);

/**
 * Whether the noun at `position` names the kind of answer wanted, not the topic: "which weekday", "which branch of
 * government", "what show did he go on". The answer is a Thursday, Congress or Fox News, and the passage that gives
 * it need not say "weekday", "branch" or "show".
 */
function namesTheAnswerKind(tokens: readonly Token[], position: number): boolean {
  const before = tokens[position - 1]?.raw.toLowerCase();
  if (before === 'which') return true;
  return before === 'what' && AUXILIARY.has(tokens[position + 1]?.raw.toLowerCase() ?? '');
}

/**
 * Two words typed apart that the articles write as one ("Time Warner" → TimeWarner, "web site" → website): the joined
 * word stands in for each of them, in full, so a passage that writes it covers both.
 */
function joinSplitWords(tokens: readonly Token[], byTerm: ReadonlyMap<string, QueryTerm>, lexicon: Lexicon): void {
  for (let position = 1; position < tokens.length; position += 1) {
    const first = tokens[position - 1]?.raw ?? '';
    const second = tokens[position]?.raw ?? '';
    if (!/^\p{L}+$/u.test(first) || !/^\p{L}+$/u.test(second)) continue;
    const joined = processTerm(`${first}${second}`)?.[0];
    if (joined === undefined || !lexicon.isKnownTerm(joined)) continue;
    for (const word of [first, second]) {
      const planned = byTerm.get(processTerm(word)?.[0] ?? '');
      if (planned === undefined || planned.alternatives?.some((alternative) => alternative.term === joined)) continue;
      planned.alternatives = [{ term: joined, credit: 1, relation: 'synonym' }, ...(planned.alternatives ?? [])];
    }
  }
}

/** Words that end no phrase worth a meaning of its own: "going to", "talking to" are a verb and its direction. */
const PHRASE_TAIL_SKIPPED: ReadonlySet<string> = new Set(['to', 'the', 'a', 'an']);

/**
 * Phrasal verbs and compounds WordNet lists as one entry ("step up" → intensify, escalate; "armed forces" → military;
 * "split up" → splinter): their meaning is not their words', so a phrase the articles put in other words is searched
 * as those words, like an everyday word the articles do not use. Each phrase becomes a term of its own that weighs as
 * an everyday word, its neighbours the corpus uses searched beside it; the words typed stay as they are.
 */
function phraseMeanings(tokens: readonly Token[], byTerm: Map<string, QueryTerm>, lexicon: Lexicon): void {
  const words = tokens.map((token) => token.raw.toLowerCase());
  for (let position = 0; position < words.length - 1; position += 1) {
    const typed = words[position] ?? '';
    // "and how", "so far", "in this": a phrase opened by a function word is the question's grammar.
    if (!/^\p{L}+$/u.test(typed) || STOPWORDS.has(typed)) continue;
    // The first word as typed ("armed forces") or as its lemma ("stepping up" → step up).
    const heads = new Set([typed, processTerm(typed)?.[0] ?? typed]);
    const phrase = [3, 2]
      .flatMap((length) => {
        const rest = words.slice(position + 1, position + length);
        if (rest.length !== length - 1 || !rest.every((word) => /^\p{L}+$/u.test(word))) return [];
        if (PHRASE_TAIL_SKIPPED.has(rest.at(-1) ?? '')) return [];
        return [...heads].map((head) => [head, ...rest].join('_'));
      })
      // A thing or an action written in lower case: a name ("Mexico City") is matched by its words, and adverbs and
      // adjectives ("kind of", "at sea") only say how.
      .find((candidate) => {
        const { senseCounts, hasCommonForm } = sensesOf(candidate);
        return senseCounts.noun + senseCounts.verb > 0 && hasCommonForm;
      });
    if (phrase === undefined || byTerm.has(phrase) || byTerm.size >= MAX_QUERY_TERMS) continue;
    const bridge = bridgeAbsentTerm(phrase, (candidate) => lexicon.isKnownTerm(candidate));
    if (bridge.alternatives.length === 0) continue;
    byTerm.set(phrase, {
      term: phrase,
      boost: 1,
      isTopic: true,
      isName: false,
      absence: 'everyday',
      alternatives: bridge.alternatives,
    });
  }
}

/**
 * `isKnownTerm` says whether the corpus uses a term; with it, question-framing words the corpus never uses
 * ("yesterday", "hey bot") are left out of the plan (see QUESTION_FRAMING) and other unknown words are replaced by
 * a derived relative the corpus uses, when there is one. Without it every word is kept as typed.
 */
export function planQuery(question: string, lexicon?: Lexicon): QueryPlan {
  const isKnownTerm = lexicon === undefined ? undefined : (term: string) => lexicon.isKnownTerm(term);
  const text = withoutChatFraming(stripInvisible(question.normalize('NFC').slice(0, MAX_QUESTION_CHARS)));
  const tokens = scanTokens(text);
  const answerType = answerTypeOf(tokens.map((token) => token.raw.toLowerCase()));
  const byTerm = new Map<string, QueryTerm>();
  let asksForSpeech = false;
  let asksForQuote = false;
  let lastTerm: string | null = null;

  tokens.forEach((token, position) => {
    if (byTerm.size >= MAX_QUERY_TERMS) return;
    if (isNoOne(tokens, position)) return;
    // "according to Trump" asks what Trump said, like "what did Trump say".
    if (token.raw.toLowerCase() === 'according' && tokens[position + 1]?.raw.toLowerCase() === 'to') {
      asksForSpeech = true;
      return;
    }
    const terms =
      token.raw === 'us' ? (isLowercaseCountry(tokens, position) ? [COUNTRY_US] : []) : (processTerm(token.raw) ?? []);
    const isCompound = terms.length > 1 && terms[0]?.includes('-') === true;
    terms.forEach((term, index) => {
      if (QUESTION_SCAFFOLDING.has(term)) return;
      if (isKnownTerm !== undefined && FRAMING_TERMS.has(term) && !isKnownTerm(term)) return;
      // A speech verb says what kind of passage is wanted, not what it is about, and any speech verb answers it:
      // searched as a word, "say" would count as a second matched term for "Sheinbaum said …" and not for
      // "she reiterated “…”", so it is not searched; the engine favours passages that report speech instead.
      if (SPEECH_VERBS.has(term) || SPEECH_NOUNS.has(term)) {
        asksForSpeech = true;
        if (term === 'quote' || SPEECH_NOUNS.has(term)) asksForQuote = true;
        return;
      }
      // "exact words", "exactly", "verbatim": how closely the words are wanted, never what they are about.
      if (EXACTNESS.has(term)) {
        asksForQuote = true;
        return;
      }
      if (answerType !== null && ANSWER_TYPE_NOUNS.has(term)) return;
      const isWholeCompound = isCompound && index === 0;
      const isName = isNameToken(token.raw, position);
      let planned: QueryTerm = {
        term,
        boost: 1,
        isTopic: !isWholeCompound,
        isName,
        typed: { text: token.raw, position },
      };
      if (lexicon !== undefined && !isWholeCompound) {
        if (!lexicon.isKnownTerm(term)) {
          planned = plannedAbsentTerm(planned, lexicon);
          if (
            planned.absence === 'everyday-noun' &&
            (isUsedAsVerb(tokens, position, planned.term) || namesTheAnswerKind(tokens, position))
          )
            planned.absence = 'everyday';
        } else {
          // A name keeps to its own derived forms (Mexico → Mexican): "Trump" is no card game, "News" no intelligence;
          // so does a name typed in lower case ("trump": spoken English capitalises it), which is no verb "best".
          const close = closeKnownForms(term, (candidate) => lexicon.isKnownTerm(candidate)).filter(
            (form) => (!isName && !isKnownName(term)) || form.relation === 'derived',
          );
          const otherSpelling = spelledOtherWay(term);
          if (otherSpelling !== undefined && lexicon.isKnownTerm(otherSpelling))
            close.unshift({ term: otherSpelling, credit: 1, relation: 'synonym' });
          close.push(...stemRelatives(term, close, lexicon));
          if (close.length > 0) planned.alternatives = close;
          // A framing word the corpus happens to use ("current", "latest") still frames: it counts like an everyday
          // word.
          if (!isName && FRAMING_TERMS.has(term)) planned.isFraming = true;
        }
      }
      const earlier = byTerm.get(planned.term);
      if (earlier) {
        earlier.isName ||= planned.isName;
      } else if (byTerm.size < MAX_QUERY_TERMS) {
        byTerm.set(planned.term, planned);
      }
      lastTerm = planned.term;
    });
  });

  if (lexicon !== undefined) {
    joinSplitWords(tokens, byTerm, lexicon);
    phraseMeanings(tokens, byTerm, lexicon);
  }
  const prefixTerm: string | null = lastTerm !== null && (lastTerm as string).length >= 4 ? lastTerm : null;
  const asksForPossibility = tokens.some((token) => POSSIBILITY_MODALS.has(token.raw.toLowerCase()));
  return {
    terms: [...byTerm.values()],
    asksForSpeech,
    asksForQuote,
    asksForPossibility,
    // "tl;dr how are the cartels organized" asks its question briefly, not for the articles' gist: its answer, not an
    // article's opening, comes first. "tl;dr the legal side", "tl;dr pls" ask for the gist.
    asksForSummary: asksForSummary(question) && !QUESTION_OPENERS.has(tokens[0]?.raw.toLowerCase() ?? ''),
    prefixTerm,
    answerType,
  };
}
