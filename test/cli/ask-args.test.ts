import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAskArgs, parseIndexArgs } from '../../src/cli/args.js';

describe('parseAskArgs', () => {
  it('joins the words after the options into one question, with defaults for everything else', () => {
    expect(parseAskArgs(['what', 'did', 'Sheinbaum', 'say'])).toEqual({
      ok: true,
      args: { question: 'what did Sheinbaum say', json: false, limit: 3, source: null, corpusDir: null, help: false },
    });
  });

  it('reads questions from standard input when no question is given', () => {
    const parsed = parseAskArgs(['--json']);
    expect(parsed.ok && parsed.args.question).toBeNull();
  });

  it('accepts --json, --limit, --source and --corpus', () => {
    expect(parseAskArgs(['--json', '--limit', '10', '--source', 'abc', '--corpus', 'dir', 'q'])).toEqual({
      ok: true,
      args: { question: 'q', json: true, limit: 10, source: 'abc', corpusDir: 'dir', help: false },
    });
  });

  it('keeps an empty question as a question, not an error', () => {
    const parsed = parseAskArgs(['']);
    expect(parsed.ok && parsed.args.question).toBe('');
  });

  it('takes a question that starts with "-" after "--"', () => {
    const parsed = parseAskArgs(['--json', '--', '-5% tariffs']);
    expect(parsed.ok && parsed.args.question).toBe('-5% tariffs');
  });

  it.each(['0', '11', 'abc', '2.5', ''])('rejects --limit %j naming the flag and the range 1 to 10', (value) => {
    const parsed = parseAskArgs(['--limit', value, 'q']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe(`--limit must be a whole number from 1 to 10, not "${value}"`);
  });

  it('rejects an unknown flag, naming it', () => {
    const parsed = parseAskArgs(['--colour', 'q']);
    expect(parsed).toEqual({ ok: false, message: "Unknown option '--colour'" });
  });

  it.each([[['--limit']], [['--limit', '-1']]])('rejects %j, saying what --limit needs', (argv) => {
    expect(parseAskArgs(argv)).toEqual({ ok: false, message: '--limit needs a whole number from 1 to 10' });
  });

  it('rejects an empty --source with an example of an id', () => {
    const parsed = parseAskArgs(['--source', ' ', 'q']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^--source needs an article id/);
  });
});

describe('parseIndexArgs', () => {
  it('accepts --corpus DIR', () => {
    expect(parseIndexArgs(['--corpus', 'some/dir'])).toEqual({ ok: true, args: { corpusDir: 'some/dir', help: false } });
  });

  it('rejects a stray argument, naming it', () => {
    expect(parseIndexArgs(['corpus'])).toEqual({ ok: false, message: "Unexpected argument 'corpus'" });
  });
});

describe('parseAskArgs, for any arguments', () => {
  it('returns a value or a message, never throws, and keeps --limit within 1 to 10', async () => {
    const argument = fc.oneof(fc.string(), fc.constantFrom('--json', '--limit', '--source', '--corpus', '--help', '--', '-h', '11', '3'));
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (argv) => {
        const parsed = parseAskArgs(argv);
        if (parsed.ok) {
          expect(parsed.args.limit).toBeGreaterThanOrEqual(1);
          expect(parsed.args.limit).toBeLessThanOrEqual(10);
        } else {
          expect(parsed.message).not.toBe('');
        }
      }),
    );
  });
});
