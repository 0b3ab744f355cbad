// The kind of answer a question asks for, and whether a passage holds one: "how many / how much / how big" wants a
// figure, "who" a person, "when" a date or time, "where" a place, "why" a cause. A passage of the right kind is
// favoured among those that cover the question ("How big is US-Mexico trade?" → "$800 billion in annual trade").
// English question forms and plain text cues only: they hold for any news corpus.

export type AnswerType = 'quantity' | 'person' | 'time' | 'place' | 'cause' | 'identity';

/** "who is X", "who's X", "whos X": the reader asks what X is (a role, a title), not for a person's name. */
const WHO_IS = new Set(["who's", 'whos', 'who is', 'who was', 'who are', 'who were']);
/** At most this many words after "who is" for the question to ask who someone is ("who is marco rubio lol"). */
const IDENTITY_WORDS = 4;

const HOW_QUANTITY = new Set([
  'many',
  'much',
  'big',
  'large',
  'small',
  'long',
  'far',
  'often',
  'old',
  'high',
  'low',
  'serious',
  'bad',
  'widespread',
  'expensive',
  'costly',
]);
const QUANTITY_NOUNS = new Set([
  'number',
  'numbers',
  'figure',
  'figures',
  'stats',
  'statistics',
  'amount',
  'percentage',
  'percent',
  'data',
  'count',
  'total',
]);
const TIME_NOUNS = new Set(['year', 'date', 'day', 'month', 'time', 'week']);
const CAUSE_WORDS = new Set(['why', 'reason', 'reasons', 'cause', 'caused', 'motive', 'rationale', 'justification']);

/** The answer type of a question, from its lower-cased words; null when it asks for none in particular. */
export function answerTypeOf(words: readonly string[]): AnswerType | null {
  const opening = WHO_IS.has(words[0] ?? '') ? 1 : WHO_IS.has(`${words[0] ?? ''} ${words[1] ?? ''}`) ? 2 : 0;
  if (opening > 0 && words.length - opening <= IDENTITY_WORDS) return 'identity';
  for (let position = 0; position < words.length; position += 1) {
    const word = words[position] ?? '';
    const next = words[position + 1] ?? '';
    if (word === 'how' && HOW_QUANTITY.has(next)) return 'quantity';
    if ((word === 'what' || word === 'which') && TIME_NOUNS.has(next)) return 'time';
    if (QUANTITY_NOUNS.has(word)) return 'quantity';
    if (word === 'when') return 'time';
    if (word === 'where') return 'place';
    if (word === 'who' || word === 'whom' || word === 'whose') return 'person';
    if (CAUSE_WORDS.has(word)) return 'cause';
  }
  return null;
}

/** `\b(?:a|b|c)\b` from a list of words or phrases (each a regular-expression fragment), case as `flags` say. */
const wordsPattern = (words: readonly string[]) => `\\b(?:${words.join('|')})\\b`;

const QUANTITY_WORDS = ['hundreds?', 'thousands?', 'millions?', 'billions?', 'trillions?', 'dozens?', 'percent'];
const SHARE_WORDS = ['half', 'third', 'quarter', 'twice', 'doubled?', 'tripled?', 'several', 'scores of'];
const QUANTITY = new RegExp(`\\d|${wordsPattern([...QUANTITY_WORDS, ...SHARE_WORDS])}`, 'i');
const FULL_MONTHS = ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november'];
const MONTHS = [...FULL_MONTHS, 'december', 'march', 'may', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug'];
const SHORT_MONTHS = [...MONTHS, 'sept?', 'oct', 'nov', 'dec'].join('|');
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const RELATIVE_TIMES = [
  'yesterday',
  'today',
  'tonight',
  'last (?:week|month|year|night)',
  'this (?:week|month|year)',
  'earlier this',
  '(?:days?|weeks?|years?) (?:ago|after|before)',
  'since \\d',
  'in \\d{4}',
];
// "March" and "May" are dates only with a day after them; the other months (and December) whenever they stand alone.
const TIME = new RegExp(
  [
    wordsPattern([...FULL_MONTHS, 'december']),
    `\\b(?:${SHORT_MONTHS})\\.\\s`,
    `\\b(?:${SHORT_MONTHS})\\.?\\s+\\d`,
    wordsPattern(WEEKDAYS),
    '\\b(?:1[89]|20)\\d\\d\\b',
    wordsPattern(RELATIVE_TIMES),
  ].join('|'),
  'i',
);
const ROLES = ['president', 'minister', 'secretary', 'senator', 'official', 'spokes(?:man|woman|person)', 'analyst'];
const MORE_ROLES = ['ambassador', 'governor', 'leader', 'chief', 'director', 'said', 'told'];
// A person named in full (two capitalised words: "Claudia Sheinbaum", "Marco Rubio") or by title.
const PERSON = new RegExp(`\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|${wordsPattern([...ROLES, ...MORE_ROLES])}`, 'u');
const PLACE_PREPOSITIONS = ['in', 'at', 'from', 'near', 'across', 'along', 'into', 'inside', 'off'];
const PLACE_WORDS = ['border', 'territory', 'soil', 'region', 'city', 'state', 'country', 'coast', 'waters'];
// A place: a capitalised word after a preposition of place, or words that name one.
const PLACE = new RegExp(
  `\\b(?:${PLACE_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+|${wordsPattern(PLACE_WORDS)}`,
  'u',
);
const CAUSE_PHRASES = ['because', 'due to', 'in order to', 'so that', 'aimed at', 'aim(?:s|ed)? to', 'intended to'];
const MORE_CAUSE_PHRASES = ['designed to', 'as a result', 'reasons?', 'in response to'];
const PURPOSE_VERBS = [
  'stop',
  'curb',
  'combat',
  'counter',
  'pressure',
  'protect',
  'prevent',
  'force',
  'deter',
  'fight',
];
const CAUSE = new RegExp(
  wordsPattern([...CAUSE_PHRASES, ...MORE_CAUSE_PHRASES, `to (?:${[...PURPOSE_VERBS, 'reduce'].join('|')})`]),
  'i',
);

const CUES: Record<Exclude<AnswerType, 'identity'>, RegExp> = {
  quantity: QUANTITY,
  person: PERSON,
  time: TIME,
  place: PLACE,
  cause: CAUSE,
};

/** A role or title word, as news writing puts it before a name ("Mexican President Claudia Sheinbaum"). */
const TITLE = new RegExp(`${wordsPattern([...ROLES, ...MORE_ROLES.filter((word) => !/said|told/.test(word))])}`, 'i');
/** How far before a name a title may stand ("Secretary of State Marco Rubio"). */
const TITLE_REACH = 40;

/**
 * Whether the passage says what `subject` is: the word (a lemma of the question, matched as a word's start) with a
 * title just before it, or followed by an appositive (", the country's first …").
 */
function describes(text: string, subject: string): boolean {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mention = new RegExp(`\\b${escaped}\\p{L}*`, 'giu');
  for (const match of text.matchAll(mention)) {
    const before = text.slice(Math.max(0, match.index - TITLE_REACH), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3);
    if (TITLE.test(before) || /^, (?:the|a|an|\p{Ll})/u.test(after)) return true;
  }
  return false;
}

/**
 * Whether a passage's text holds an answer of the kind asked for; for "who is X", `subjects` are the question's topic
 * words.
 */
export function holdsAnswerType(text: string, type: AnswerType, subjects: readonly string[] = []): boolean {
  if (type === 'identity') return subjects.some((subject) => subject.length >= 3 && describes(text, subject));
  return CUES[type].test(text);
}
