// A tiny hand-made corpus for handler tests: three short articles that repeat one another, as news coverage does.
import type { Article, Passage } from '../../src/corpus/types.js';

function article(
  id: string,
  title: string,
  outlet: string,
  paragraphs: [section: string | null, text: string][],
  url?: string,
): Article {
  const passages: Passage[] = paragraphs.map(([section, text], index) => ({
    id: `${id}:${index + 1}`,
    articleId: id,
    paragraph: index + 1,
    section,
    kind: 'paragraph',
    text,
    opinion: false,
  }));
  return {
    id,
    title,
    titleSource: 'headline',
    outlet,
    language: 'en',
    file: `corpus/${id}.md`,
    passages,
    ...(url ? { url } : {}),
  };
}

export const fixtureArticles: Article[] = [
  article(
    'cartel-strikes-on-land',
    'Trump says US will hit drug cartels on land',
    'Reuters',
    [
      [
        null,
        'President Donald Trump said on Thursday that the United States would soon begin striking drug cartels on ' +
          'land.',
      ],
      [
        null,
        'Mexican President Claudia Sheinbaum said Mexico would never accept a foreign military intervention on its ' +
          'territory and defended national sovereignty.',
      ],
      ['Reaction', 'Officials in Washington declined to say which countries could be targeted by the strikes.'],
      [
        'Reaction',
        'Analysts warned that unilateral strikes would strain security cooperation between the two governments.',
      ],
    ],
    'https://example.com/cartel-strikes-on-land',
  ),
  article('sheinbaum-rejects-intervention', 'Sheinbaum rejects any US military intervention', 'Associated Press', [
    [
      null,
      'Claudia Sheinbaum said Mexico would never accept a foreign military intervention on its territory, ' +
        'defending the national sovereignty of Mexico.',
    ],
    [null, 'The Mexican president offered more cooperation against fentanyl trafficking instead of strikes.'],
    ['Background', 'Cartels have been designated foreign terrorist organisations by the US State Department.'],
  ]),
  article('fentanyl-deaths', 'Fentanyl deaths drive pressure on cartels', 'The Guardian', [
    [null, 'Fentanyl overdoses killed tens of thousands of Americans last year, according to federal data.'],
    [null, 'Lawmakers pressed for tougher action against the cartels that smuggle the drug across the border.'],
  ]),
];
