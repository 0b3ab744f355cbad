// What the coverage fails to answer: the questions people asked that were declined or voted 👎, grouped so that
// "What did Trudeau say?" and "what did trudeau say" count as one, most frequent first. Pure: events in, groups out.
import { analyze } from '../search/index.js';
import type { FeedbackEvent } from './log.js';

export interface Gap {
  /** The question as first asked. */
  question: string;
  /** Other wordings of it, as asked (at most a few). */
  alsoAsked: string[];
  declined: number;
  votedDown: number;
  /** How many different people (salted hashes) asked it. */
  people: number;
  lastAskedAt: string;
  /** The names or words it turns on that the coverage never mentions, as first typed (what articles would cover it). */
  neverMentioned: string[];
}

const MAX_WORDINGS = 3;

/** The grouping key: the question's index terms (stopwords dropped, lemmas, case folded), sorted; else its text. */
function keyOf(question: string): string {
  const terms = [...new Set(analyze(question))].sort();
  return terms.length > 0 ? terms.join(' ') : question.trim().toLowerCase();
}

export function findGaps(events: readonly FeedbackEvent[]): Gap[] {
  const groups = new Map<string, Gap & { users: Set<string> }>();
  for (const event of events) {
    const failed = event.kind === 'declined' || (event.kind === 'vote' && event.vote === 'down');
    if (!failed || event.question.trim() === '') continue;
    const key = keyOf(event.question);
    const group = groups.get(key) ?? {
      question: event.question,
      alsoAsked: [],
      declined: 0,
      votedDown: 0,
      people: 0,
      lastAskedAt: event.at,
      neverMentioned: [],
      users: new Set<string>(),
    };
    if (event.kind === 'declined') {
      group.declined += 1;
      for (const word of event.missing ?? []) {
        const known = group.neverMentioned.some((other) => other.toLowerCase() === word.toLowerCase());
        if (!known && group.neverMentioned.length < MAX_WORDINGS) group.neverMentioned.push(word);
      }
    } else group.votedDown += 1;
    group.users.add(event.user);
    if (
      event.question !== group.question &&
      !group.alsoAsked.includes(event.question) &&
      group.alsoAsked.length < MAX_WORDINGS
    )
      group.alsoAsked.push(event.question);
    if (event.at > group.lastAskedAt) group.lastAskedAt = event.at;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ users, ...gap }) => ({ ...gap, people: users.size }))
    .sort(
      (a, b) => b.declined + b.votedDown - (a.declined + a.votedDown) || b.lastAskedAt.localeCompare(a.lastAskedAt),
    );
}
