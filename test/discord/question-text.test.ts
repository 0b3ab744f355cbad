import { describe, expect, it } from 'vitest';
import { checkableText, isMetaQuestion, searchableQuestion } from '../../src/discord/question-text.js';

describe('searchableQuestion', () => {
  it('GIVEN "@everyone what did Trump say" THEN searches for "what did Trump say"', () => {
    expect(searchableQuestion('@everyone what did Trump say')).toBe('what did Trump say');
  });

  it(
    'GIVEN user, role and channel mentions, a slash-command mention, emoji and a timestamp THEN leaves only the ' +
      'words',
    () => {
      expect(
        searchableQuestion(
          '<@123456789012345678> <@!1> <@&2> did <#3> </ask:4> <:flag_mx:5> <a:wave:6> Sheinbaum speak ' +
            '<t:1700000000:R> @here',
        ),
      ).toBe('did Sheinbaum speak');
    },
  );

  it('GIVEN an e-mail-like "@" or angle brackets that are not markup THEN keeps them', () => {
    expect(searchableQuestion('is a<b or press@herewith.com news?')).toBe('is a<b or press@herewith.com news?');
  });
});

describe('questions that are not questions', () => {
  it('takes an empty question, a greeting, "help" or "tldr" as asking how to use the bot', () => {
    for (const typed of ['', '   ', 'hi', 'Hello!', 'help', 'HELP?', 'tldr', 'tl;dr', '<@123456789012345678>'])
      expect(isMetaQuestion(typed), typed).toBe(true);
  });

  it('takes a question about the coverage as a question', () => {
    for (const typed of ['what did Sheinbaum say', 'help for Mexico', 'cartels'])
      expect(isMetaQuestion(typed), typed).toBe(false);
  });
});

describe('what of a posted message is checked', () => {
  it('leaves out links, mentions and emoji', () => {
    expect(
      checkableText(
        '<@123456789012345678> look https://example.com/x?y=1 Trump wants land strikes <:fire:123456789012345678>',
      ),
    ).toBe('look Trump wants land strikes');
    expect(checkableText('[the article](https://example.com/a) says cartels')).toBe('the article says cartels');
  });

  it('has nothing to check in a message that is only a link', () => {
    expect(checkableText('https://example.com/some/article')).toBe('');
    expect(checkableText('<https://example.com/some/article>')).toBe('');
  });

  it('reduces a long message to at most 12 key terms, names first', () => {
    const searched = checkableText(
      `Sheinbaum rejected any strike on Mexican soil. ${'and then everyone argued about it again '.repeat(20)}`,
    );
    expect(searched.split(' ').length).toBeLessThanOrEqual(12);
    expect(searched).toMatch(/^Sheinbaum rejected strike Mexican soil/);
  });
});
