import { describe, expect, it } from 'vitest';
import { searchableQuestion } from '../../src/discord/question-text.js';

describe('searchableQuestion', () => {
  it('GIVEN "@everyone what did Trump say" THEN searches for "what did Trump say"', () => {
    expect(searchableQuestion('@everyone what did Trump say')).toBe('what did Trump say');
  });

  it('GIVEN user, role and channel mentions, a slash-command mention, emoji and a timestamp THEN leaves only the words', () => {
    expect(searchableQuestion('<@123456789012345678> <@!1> <@&2> did <#3> </ask:4> <:flag_mx:5> <a:wave:6> Sheinbaum speak <t:1700000000:R> @here')).toBe(
      'did Sheinbaum speak',
    );
  });

  it('GIVEN an e-mail-like "@" or angle brackets that are not markup THEN keeps them', () => {
    expect(searchableQuestion('is a<b or press@herewith.com news?')).toBe('is a<b or press@herewith.com news?');
  });
});
