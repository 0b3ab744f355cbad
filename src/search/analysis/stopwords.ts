// The word lists the analyzer and the query planner consult. Every entry is compared after lower-casing and
// diacritic folding, with the straight apostrophe (the analyzer turns ’ into ').

/**
 * Dropped at index and at query time: function words that occur in nearly every passage and answer nothing.
 * Lucene's English list (33 words) plus pronouns, auxiliaries, modals and the question words, because
 * readers type questions ("what did … say", "who is …") and the question words would otherwise outrank
 * the one name that matters. Negations are here too: lexical search cannot use them, and "not" is in most passages.
 * Lower-case "us" is the pronoun; the country "US" / "U.S." is recognised by case before this list is consulted.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // Lucene's English analyzer
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
  // question words
  'what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'whether',
  // auxiliaries and modals (the lemmatizer maps was/were/been to "be", did/does to "do")
  'am', 'been', 'being', 'were', 'do', 'does', 'did', 'doing', 'done', 'have', 'has', 'had', 'having',
  'can', 'could', 'would', 'should', 'shall', 'may', 'might', 'must',
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "couldn't", "wouldn't",
  "shouldn't", "hasn't", "haven't", "hadn't",
  // pronouns and determiners
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her',
  'hers', 'its', 'them', 'theirs', 'itself', 'himself', 'herself', 'themselves', 'ourselves', 'yourself',
  'those', 'any', 'some', 'each', 'every', 'all', 'both', 'either', 'neither', 'other', 'another', 'own', 'same',
  // indefinite pronouns: they stand for a person without naming one ("@everyone what did…" reaches us as "everyone")
  'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'noone', 'whoever',
  // prepositions, conjunctions and adverbs that carry no topic
  'about', 'above', 'after', 'again', 'against', 'below', 'between', 'before', 'during', 'from', 'over', 'under',
  'up', 'down', 'out', 'off', 'through', 'than', 'too', 'very', 'so', 'just', 'also', 'only', 'nor', 'while',
  'because', 'until', 'upon', 'onto', 'here', 'now', 'yet', 'ever', 'even', 'still', 'nbsp',
]);

/**
 * Dropped from questions only: the scaffolding of how people ask ("what could happen to …", "what do lawmakers
 * think?"). In an article these words are content, so they stay indexed; in a question they name no topic and,
 * being absent from most corpora, would make an answerable question look out of scope.
 */
export const QUESTION_SCAFFOLDING: ReadonlySet<string> = new Set([
  'think', 'happen', 'know', 'mean', 'explain', 'anything', 'something', 'everything', 'thing', 'please', 'show',
  'give', 'find', 'article', 'coverage',
  // "how many", "how much": the question asks for a number, the quantifier names no topic
  'many', 'much',
]);

/**
 * Dropped from questions only, and only when the corpus never uses them: how readers frame a question in time
 * ("yesterday", "latest") or in conversation ("hey bot, thanks"). Absent from the corpus, such a word would weigh
 * the most of all the question's words and sink an answerable question; where the corpus does use it ("news" in
 * "Fox News"), it counts like any other word. A topic the coverage lacks ("tariffs") is never on this list.
 */
export const QUESTION_FRAMING: ReadonlySet<string> = new Set([
  // time
  'yesterday', 'today', 'tonight', 'tomorrow', 'recently', 'recent', 'latest', 'lately', 'currently', 'current',
  'news', 'update', 'updates', 'now',
  // conversation
  'hey', 'hi', 'hello', 'bot', 'thanks', 'thank', 'tell', 'okay', 'ok', 'pls', 'plz', 'guys', 'folks', 'really',
  'actually', 'exactly', 'basically', 'quick', 'quickly', 'briefly', 'summary', 'summarize', 'summarise',
  // chat noise: how people type in a chat box, not what they ask about
  'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'rn', 'tldr', 'wat', 'wut', 'wot', 'u', 'ur', 'ya', 'yo', 'bruh', 'idk',
  'imo', 'imho', 'tbh', 'btw', 'fr', 'ngl', 'smh', 'omg', 'hmm', 'um', 'uh', 'pls', 'plz', 'q', 'yall', "y'all",
  'lmk', 'eli5', 'srsly', 'kinda', 'sorta', 'gonna', 'wanna', 'gotta', 'anyway', 'anyways', 'ok', 'wondering',
  'curious', 'whats', 'thats', 'tho', 'wtf', 'nah', 'yeah', 'yep', 'nope', 'pls', 'bro', 'dude',
]);

/**
 * Verb lemmas of reported speech. In a question they signal "who said what" (the engine then favours passages that
 * quote or report the person speaking) and weigh little as terms; in the text they mark reported speech.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'claim', 'warn', 'argue', 'remark', 'quote', 'comment', 'respond', 'reply', 'announce', 'insist',
  'stress', 'reiterate', 'deny', 'vow', 'threaten', 'urge', 'declare', 'assert', 'acknowledge', 'admit',
  'emphasize', 'emphasise', 'promise', 'pledge', 'accuse', 'criticize', 'criticise', 'suggest', 'add', 'note',
  'call', 'describe', 'speak', 'write', 'ask', 'answer',
]);

/**
 * Modal verbs of possibility. A question asked with one ("what could happen", "how might they react") wants the
 * passages that speculate ("could strain", "might prompt"); both lists are stopwords, so this is read from the words.
 */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would']);
