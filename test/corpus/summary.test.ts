// summarizeArticle: the one listing of an article that `npm run sources`, `--json` and `/sources` show.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.js';
import { summarizeArticle } from '../../src/corpus/summary.js';
import type { Article } from '../../src/corpus/types.js';

const article: Article = {
  id: 'story',
  title: 'Strikes on land',
  titleSource: 'headline',
  outlet: 'Example News',
  language: 'en',
  file: 'corpus/story.md',
  passages: splitPassages('story', 'One.\n\nTwo.\n\nThree.'),
};

describe('summarizeArticle', () => {
  it('lists id, title, the fields the article gives and its paragraph count, omitting the rest', () => {
    expect(summarizeArticle(article)).toStrictEqual({
      id: 'story',
      title: 'Strikes on land',
      outlet: 'Example News',
      paragraphs: 3,
    });
  });

  it('keeps every metadata field when all are given', () => {
    const full = { ...article, author: 'Ana Ruiz', published: '2025-11-06', url: 'https://example.com/story' };
    expect(summarizeArticle(full)).toStrictEqual({
      id: 'story',
      title: 'Strikes on land',
      outlet: 'Example News',
      author: 'Ana Ruiz',
      published: '2025-11-06',
      url: 'https://example.com/story',
      paragraphs: 3,
    });
  });
});
