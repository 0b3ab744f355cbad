// Hand-built articles for engine tests that must not depend on the corpus files or the loader.
import type { Article } from '../../src/corpus/types.js';
import { createEngine, type Engine } from '../../src/search/engine.js';

export interface ArticleSketch {
  id: string;
  title: string;
  outlet?: string;
  /** ISO date. */
  published?: string;
  /** Passage texts in order; a string starting with "## " sets the section of the passages after it. */
  paragraphs: string[];
  /** 1-based paragraph numbers marked as opinion. */
  opinion?: number[];
}

export function buildArticle(sketch: ArticleSketch): Article {
  let section: string | null = null;
  const passages: Article['passages'] = [];
  for (const line of sketch.paragraphs) {
    if (line.startsWith('## ')) {
      section = line.slice(3);
      continue;
    }
    const paragraph = passages.length + 1;
    passages.push({
      id: `${sketch.id}:${paragraph}`,
      articleId: sketch.id,
      paragraph,
      section,
      kind: 'paragraph',
      text: line,
      opinion: sketch.opinion?.includes(paragraph) ?? false,
    });
  }
  return {
    id: sketch.id,
    title: sketch.title,
    titleSource: 'headline',
    ...(sketch.outlet === undefined ? {} : { outlet: sketch.outlet }),
    ...(sketch.published === undefined ? {} : { published: sketch.published }),
    language: 'en',
    file: `${sketch.id}.md`,
    passages,
  };
}

/** A small story told by three outlets, with the repetition real coverage has. */
export const storyArticles: Article[] = [
  buildArticle({
    id: 'daily',
    title: 'Leader rejects foreign troops after border raid',
    outlet: 'The Daily',
    paragraphs: [
      '## What happened',
      'Security forces raided a smuggling depot near the northern border on Tuesday, seizing 1,200 kilograms of ' +
        'cocaine.',
      'President Ana Morales said the raid showed that her government can act alone. “Our sovereignty is not ' +
        'negotiable,” Morales told reporters.',
      '## Reactions',
      'Opposition lawmakers demanded a congressional hearing on the use of the army in policing.',
      'Analysts said extraditions to the U.S. have risen by 45% over three years.',
    ],
  }),
  buildArticle({
    id: 'herald',
    title: 'Morales says sovereignty not negotiable',
    outlet: 'Herald',
    paragraphs: [
      'President Ana Morales told reporters that the country’s sovereignty is not negotiable, after security ' +
        'forces raided a smuggling depot near the northern border.',
      'The raid seized 1,200 kilograms of cocaine, officials said.',
      'Fishing boats in the southern port were idle because of a storm.',
    ],
  }),
  buildArticle({
    id: 'tribune',
    title: 'Border raid sparks debate',
    outlet: 'Tribune',
    paragraphs: [
      'United States officials welcomed the raid and offered intelligence sharing on smuggling routes.',
      'Critics warned the raid could strain relations with neighbouring countries.',
      'We think the government should have waited for a court order before raiding the depot.',
    ],
    opinion: [3],
  }),
];

/** An engine over one made-up article ("wire") with these paragraphs: the smallest corpus a rule can be shown on. */
export function oneArticle(title: string, paragraphs: string[]): Engine {
  return createEngine([buildArticle({ id: 'wire', title, paragraphs })]);
}
