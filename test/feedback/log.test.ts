import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findGaps } from '../../src/feedback/gaps.js';
import { openFeedbackLog, parseFeedbackLog } from '../../src/feedback/log.js';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-feedback-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the feedback log', () => {
  it('appends one JSON line an event, the user as a salted hash that is the same for the same person', () => {
    const dir = scratch();
    const log = openFeedbackLog(dir, () => new Date('2026-01-02T03:04:05Z'));
    log.record({ kind: 'declined', question: 'What did Trudeau say?', command: 'ask', userId: '1100000000000000001' });
    log.record({
      kind: 'vote',
      vote: 'down',
      question: 'cartels',
      passages: [{ articleId: 'a', paragraph: 3 }],
      command: 'ask',
      userId: '1100000000000000001',
    });
    log.close();
    const text = readFileSync(join(dir, 'feedback.jsonl'), 'utf8');
    expect(text).not.toContain('1100000000000000001');
    const { events, problems } = parseFeedbackLog(text);
    expect(problems).toEqual([]);
    expect(events).toMatchObject([
      { at: '2026-01-02T03:04:05.000Z', kind: 'declined', question: 'What did Trudeau say?' },
      { kind: 'vote', vote: 'down', passages: [{ articleId: 'a', paragraph: 3 }] },
    ]);
    expect(events[0]?.user).toBe(events[1]?.user);
  });

  it('keeps the events written before a reopen, and the same salt', () => {
    const dir = scratch();
    const first = openFeedbackLog(dir);
    first.record({ kind: 'declined', question: 'one', command: 'ask', userId: '7' });
    first.close();
    const second = openFeedbackLog(dir);
    second.record({ kind: 'declined', question: 'two', command: 'ask', userId: '7' });
    second.close();
    const { events } = parseFeedbackLog(readFileSync(join(dir, 'feedback.jsonl'), 'utf8'));
    expect(events.map((event) => event.question)).toEqual(['one', 'two']);
    expect(new Set(events.map((event) => event.user)).size).toBe(1);
  });

  it('skips a line cut short by a crash, naming it, and reads the rest', () => {
    const good = JSON.stringify({
      at: '2026-01-01T00:00:00Z',
      kind: 'declined',
      question: 'q',
      user: 'u',
      command: 'ask',
    });
    expect(parseFeedbackLog(`${good}\n{"at":"2026-01-01T0\n${good}\n`)).toMatchObject({
      events: [{ question: 'q' }, { question: 'q' }],
      problems: ['line 2: not JSON'],
    });
  });
});

describe('gaps', () => {
  const event = (question: string, kind: 'declined' | 'vote', user = 'u1', at = '2026-01-01T00:00:00Z') =>
    kind === 'vote'
      ? { at, kind, vote: 'down' as const, question, passages: [], user, command: 'ask' }
      : { at, kind, question, user, command: 'ask' };
  const declinedFor = (question: string, missing: string[], user: string) => ({
    at: '2026-01-02T00:00:00Z',
    kind: 'declined' as const,
    question,
    user,
    command: 'ask',
    missing,
  });

  it(
    'groups the same question in other words and puts the most frequent first; 👍 and answered questions are not ' +
      'gaps',
    () => {
      const gaps = findGaps([
        event('cartels in Colombia', 'vote'),
        event('What did Trudeau say?', 'declined', 'u1'),
        event('what did trudeau say', 'declined', 'u2'),
        {
          at: '2026-01-01T00:00:00Z',
          kind: 'vote',
          vote: 'up',
          question: 'strikes',
          passages: [],
          user: 'u3',
          command: 'ask',
        },
      ]);
      expect(gaps).toEqual([
        {
          question: 'What did Trudeau say?',
          alsoAsked: ['what did trudeau say'],
          declined: 2,
          votedDown: 0,
          people: 2,
          lastAskedAt: '2026-01-01T00:00:00Z',
          neverMentioned: [],
        },
        {
          question: 'cartels in Colombia',
          alsoAsked: [],
          declined: 0,
          votedDown: 1,
          people: 1,
          lastAskedAt: '2026-01-01T00:00:00Z',
          neverMentioned: [],
        },
      ]);
    },
  );

  it('says what a declined question turns on that the coverage never mentions, each name once', () => {
    const [gap] = findGaps([
      declinedFor('What did Justin Trudeau say?', ['Justin Trudeau'], 'u1'),
      declinedFor('what did justin trudeau say', ['justin trudeau'], 'u2'),
      declinedFor('What did Justin Trudeau say about tariffs?', ['Justin Trudeau', 'tariffs'], 'u3'),
    ]);
    expect(gap?.neverMentioned).toEqual(['Justin Trudeau']);
    expect(findGaps([declinedFor('trudeau on tariffs', ['trudeau', 'tariffs'], 'u1')])[0]?.neverMentioned).toEqual([
      'trudeau',
      'tariffs',
    ]);
  });
});
