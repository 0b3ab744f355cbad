// The decline rule on hand-made corpora: a question is declined on evidence that the coverage lacks what it is about
// (a name, a rare word, no topic at all), never merely because a reader used an everyday word the reporters did not.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/search/engine.js';
import { buildArticle, oneArticle } from '../build-articles.js';

const harbour = createEngine([
  buildArticle({
    id: 'gazette',
    title: 'Port strike halts the fishing fleet',
    outlet: 'The Gazette',
    paragraphs: [
      'Harbour master Ingrid Lindqvist said the fleet of ninety trawlers would stay docked until Friday.',
      'The strike has cost the port an estimated $4 million in lost catches, according to the chamber of commerce.',
      'Union leader Tomas Berg warned that the stoppage could provoke a backlash from the town council.',
      'Ferry passengers were rerouted through the northern terminal while talks continued.',
    ],
  }),
  buildArticle({
    id: 'courier',
    title: 'Talks resume as trawlers stay in harbour',
    outlet: 'The Courier',
    paragraphs: [
      'Negotiators for the union and the port authority met again on Wednesday.',
      'Lindqvist told reporters that safety rules, not wages, were the sticking point.',
    ],
  }),
]);

const firstText = (question: string): string => harbour.ask(question).results[0]?.text ?? '(declined)';

describe('decline rule', () => {
  it('GIVEN an everyday word the articles never use ("big") THEN the question is answered from its other words', () => {
    expect(firstText('how big were the lost catches')).toContain('$4 million');
  });

  it('GIVEN an everyday verb the articles never use ("react") THEN it is no evidence against the question', () => {
    expect(harbour.ask('how did the union react').declined).toBe(false);
  });

  it('GIVEN a rare word the articles never use, with a neighbour they do use THEN the neighbour answers it', () => {
    expect(firstText('could the stoppage backfire')).toContain('backlash');
  });

  it('GIVEN a rare word the articles never use and nothing standing in for it THEN no passage is given', () => {
    expect(harbour.ask('what did Lindqvist say about the remittance tax')).toMatchObject({
      declined: true,
      results: [],
    });
  });

  it('GIVEN a name the articles never mention THEN the question is declined', () => {
    expect(harbour.ask('What did Justin Trudeau say about the strike?')).toMatchObject({ declined: true, results: [] });
  });

  it('GIVEN chat noise around a question THEN it is answered like the bare question', () => {
    expect(firstText('wat did lindqvist say lol')).toBe(firstText('what did Lindqvist say'));
    expect(firstText('lowkey what did lindqvist say afaik')).toBe(firstText('what did Lindqvist say'));
    expect(firstText('quick q: who is the union leader rn')).toContain('Tomas Berg');
  });

  it('GIVEN a typo of a name THEN it is read as the name', () => {
    expect(firstText('what did Lindqvsit say about safety')).toContain('safety rules');
  });

  it('GIVEN only question words and chat THEN the question is declined', () => {
    expect(harbour.ask('what is it lol').declined).toBe(true);
  });

  it(
    'GIVEN a passage that covers only part of the question THEN it is offered as the closest coverage, not as an ' +
      'answer',
    () => {
      const answer = harbour.ask('what did the town council say about safety rules');
      expect(answer.results.map((result) => result.confidence)).toEqual(['low', 'low']);
      expect(answer.results[0]?.text).toContain('safety rules');
    },
  );

  it('GIVEN a passage that covers the whole question THEN it is a high-confidence answer', () => {
    expect(harbour.ask('where were the ferry passengers rerouted').results[0]?.confidence).toBe('high');
  });

  it(
    'GIVEN a rare noun the articles never use ("refunds") THEN nothing is offered, not even the closest ' + 'coverage',
    () => {
      expect(harbour.ask('did the ferry passengers get refunds')).toMatchObject({ declined: true, results: [] });
    },
  );

  it('GIVEN a misspelt everyday word the articles never use ("happend") THEN it is read as that word, not a topic', () => {
    expect(firstText('what happend to the trawlers')).toContain('trawlers');
  });

  it('GIVEN a rare verb the articles never use ("overstep") THEN it is no evidence against the question', () => {
    expect(firstText('is the union overstepping with this stoppage')).toContain('stoppage could provoke');
  });

  it(
    'GIVEN a rare noun for an act or an idea the articles never use ("crackdown", "endgame") THEN it does not sink ' +
      'the question, as a rare noun for a thing ("refunds") does',
    () => {
      expect(firstText('is the stoppage basically a crackdown on the council')).toContain('stoppage could provoke');
      expect(firstText("what's the union's endgame with the stoppage")).toContain('stoppage could provoke');
      expect(harbour.ask('did the ferry passengers get refunds').declined).toBe(true);
    },
  );

  it('GIVEN vague filler ("the safety stuff") THEN it names no topic', () => {
    expect(firstText('what about the safety stuff')).toContain('safety rules');
  });

  it('GIVEN a contraction typed without its apostrophe ("isnt") THEN it is chat, not a topic', () => {
    expect(firstText('why isnt the fleet leaving the harbour')).toContain('would stay docked');
  });

  // Words typed another way than the articles write them, and words that look alike but mean another thing here: each
  // question is answered by the paragraph that holds the articles' form, first.
  /** Cases on one made-up article: [given, question, the text its first passage holds]. */
  const casesOn = (title: string, paragraphs: string[], cases: Array<[string, string, string]>) =>
    cases.map(([given, question, answer]) => ({ given, title, paragraphs, question, answer }));
  it.each([
    ...casesOn(
      'Toy sales',
      [
        'Fourth quarter profits at the toymaker rose 12%, helped by Christmas sales.',
        'Fewer people visited its stores in the summer.',
      ],
      [
        ['chat shorthand for a word the articles spell out ("q4")', 'toymaker q4 profit lol', 'Fourth quarter profits'],
        ['chat shorthand ("xmas")', 'did xmas help sales', 'Christmas sales'],
        ['chat shorthand ("ppl")', 'did ppl visit the stores', 'Fewer people visited'],
        ['chat shorthand with a digit ("any1")', 'did any1 visit the stores', 'Fewer people visited'],
      ],
    ),
    ...casesOn(
      'Ferry service resumes',
      ['The ferry ran again on Jan. three after a week of storms.', 'Crews said 4 boats were damaged in the harbour.'],
      [
        ['a small number typed as digits, the articles spelling it out', 'what happened on jan 3', 'Jan. three'],
        ['a small number spelt out, the articles typing digits', 'were four boats damaged', '4 boats'],
      ],
    ),
    ...casesOn(
      'Airline fined',
      [
        'The airline admitted deliberately overbooking the evening flight to Madrid.',
        'Passengers were offered vouchers worth 200 euros.',
      ],
      [['a form of a word no dictionary lists ("overbooked")', 'was the madrid flight overbooked', 'overbooking']],
    ),
    ...casesOn(
      'Port news',
      ['The strike broke the supply chain for fresh fish.', 'Restaurants bought frozen stock.'],
      [
        [
          'a typo that spells a word WordNet only capitalises ("chian")',
          'did the strike break the supply chian',
          'supply chain',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['Protesters shouted hate slogans at the port gates.', 'The dock strike starts on Monday at dawn.'],
      [
        [
          'a typo nearer an everyday word than any of the articles ("hapening")',
          'when is the dock strike hapening',
          'starts on Monday',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['The ferry ran again on Jan. 8 after repairs.', 'Repairs cost the port $2 million.'],
      [['a month the articles abbreviate before a date ("January")', 'did the ferry run again in January', 'Jan. 8']],
    ),
    ...casesOn(
      'Port news',
      ['The ferry company website crashed as tickets went on sale.', 'Talks resume on Monday.'],
      [
        [
          'two words typed apart that the articles write as one ("web site")',
          'did the ferry web site crash',
          'website crashed',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['Quarterly profits at TimeWarner jumped 76% to $1.13bn.', 'Talks resume on Monday.'],
      [
        [
          'a name typed apart that the articles write as one ("Time Warner")',
          'how much did time warner make',
          'TimeWarner jumped',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['A full-scale strike would close the port for a week.', 'Talks resume on Monday.'],
      [
        [
          'a compound typed as one word that the articles hyphenate ("fullscale")',
          'is a fullscale strike coming',
          'full-scale strike',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['The dockers walked out on Thursday after talks failed.', 'The port reopened a week later.'],
      [
        [
          'a general word the articles name in a narrower one ("weekday" → Thursday)',
          'on which weekday did the dockers walk out',
          'on Thursday',
        ],
      ],
    ),
    ...casesOn(
      'Port news',
      ['The march went ahead without the consent of the council.', 'The council met on Monday.'],
      [
        [
          'a general word the articles name in a narrower one ("permission" → consent)',
          'did the marchers get permission',
          'without the consent',
        ],
      ],
    ),
    ...casesOn(
      'Riots',
      ['Police patrols were cut last year in the north.', 'Police intensified patrols after the riots.'],
      [
        [
          'a phrasal verb the articles put in one word ("step up" → intensified)',
          'did police step up patrols',
          'intensified patrols',
        ],
      ],
    ),
    // Words that look alike but mean another thing here.
    ...casesOn(
      'Town news',
      ['A lorry hit a shopkeeper on Main Street on Sunday.', 'A shopkeeper was killed on Main Street last year.'],
      [
        [
          'a word that shares a meaning with another only in that word\'s rare sense ("murder", "hit")',
          'was a shopkeeper murdered on main street',
          'was killed',
        ],
      ],
    ),
    ...casesOn(
      'Budget vote',
      ['Congress approved the government budget on Tuesday.', 'The mayor praised the budget.'],
      [
        [
          '"which X", X a word the articles never use: X names the kind of answer, not a missing topic',
          'which branch of government approved the budget',
          'Congress approved',
        ],
        ['"what X did", X a word the articles never use', 'what institution did the mayor praise', 'mayor praised'],
      ],
    ),
    ...casesOn(
      'Deal news',
      ['The best offer for the port came from a Danish firm.', 'Trump praised the port deal on Friday.'],
      [
        [
          'a name typed in lower case that is also a word ("trump"), not meeting that word\'s synonyms ("best")',
          'did trump like the port offer',
          'Trump praised',
        ],
      ],
    ),
  ])('GIVEN $given THEN the passage that answers comes first', ({ title, paragraphs, question, answer }) => {
    expect(oneArticle(title, paragraphs).ask(question).results[0]?.text).toContain(answer);
  });

  it('GIVEN an acronym the articles never use, typed in lower case ("cia") THEN the question is declined', () => {
    expect(harbour.ask('what did the cia say about the strike')).toMatchObject({ declined: true, results: [] });
  });

  it('GIVEN a pronoun typed with its verb ("they\'re") THEN it names no topic', () => {
    expect(firstText("why are they're trawlers docked")).toContain('would stay docked');
  });

  it('GIVEN a doubled letter typed single ("comerse") THEN the word is still recognised', () => {
    expect(firstText('what did the chamber of comerse say')).toContain('$4 million');
  });

  it('GIVEN a word that is a noun and a verb, used as a verb ("mess with") THEN it weighs as an everyday verb', () => {
    const answer = harbour.ask('will this mess with the ferries');
    expect(answer.results[0]?.text).toContain('Ferry passengers');
    expect(answer.results[0]?.confidence).toBe('high');
  });

  it('GIVEN an everyday word that often starts a sentence ("yes") THEN it is not taken for a name', () => {
    expect(harbour.ask('did the union say yes to the port authority').declined).toBe(false);
  });

  it(
    'GIVEN an answered question with one confident passage THEN the next closest passages follow it, marked as ' +
      'closest coverage',
    () => {
      const answer = harbour.ask('what did Lindqvist say about the fleet');
      expect(answer.results[0]?.confidence).toBe('high');
      expect(answer.results.length).toBeGreaterThan(1);
      expect(answer.results.slice(1).every((result) => result.confidence === 'low')).toBe(true);
    },
  );

  it('GIVEN a request for the gist ("strike tl;dr") THEN the opening of the article about it comes first', () => {
    const answer = harbour.ask('strike tl;dr');
    expect(answer.results[0]?.text).toContain('Harbour master Ingrid Lindqvist said the fleet');
    expect(harbour.ask('strike summary pls').results[0]?.id).toBe(answer.results[0]?.id);
  });

  it('GIVEN "tl;dr" before a question ("tl;dr how is the union organised") THEN its answer comes before the opening', () => {
    const dock = oneArticle('Dock strike enters second week', [
      'Dockers at the port walked out for a second week on Monday, union leaders said.',
      "The port handles most of the region's grain.",
      'The union is organised in small local branches that vote on each strike.',
    ]);
    expect(dock.ask('tl;dr how is the union organised').results[0]?.text).toContain('small local branches');
    expect(dock.ask('tl;dr the union').results[0]?.text).toContain('walked out for a second week');
  });

  it('GIVEN a request for the gist with no topic ("tl;dr pls") THEN each article opens the answer', () => {
    const answer = harbour.ask('tl;dr pls');
    expect(answer.results.map((result) => result.text)).toEqual([
      'Harbour master Ingrid Lindqvist said the fleet of ninety trawlers would stay docked until Friday.',
      'Negotiators for the union and the port authority met again on Wednesday.',
    ]);
    expect(harbour.ask('what is it lol').declined).toBe(true);
    const dated = createEngine([
      buildArticle({
        id: 'old',
        title: 'Strike called',
        published: '2026-01-02',
        paragraphs: ['The union called a strike.'],
      }),
      buildArticle({
        id: 'new',
        title: 'Strike ends',
        published: '2026-01-09',
        paragraphs: ['The strike ended today.'],
      }),
    ]);
    expect(dated.ask('summary?').results.map((result) => result.articleId)).toEqual(['new', 'old']);
  });

  it('GIVEN only the commonest English words, even ones the articles use ("where do i get it") THEN declined', () => {
    const pay = oneArticle('Crews paid late', [
      'Trawler crews get their wages on Fridays, the union said.',
      'The port will go to arbitration.',
    ]);
    expect(pay.ask('where do i get it')).toMatchObject({ declined: true, results: [] });
    expect(pay.ask('whats naloxone and where do i get it')).toMatchObject({ declined: true, results: [] });
    expect(pay.ask('when do crews get their wages').results[0]?.text).toContain('Fridays');
  });

  it.each([
    {
      given: 'a rare word whose only neighbour in the articles is a phrase\'s head word ("Christmas Day" → day)',
      paragraphs: ['The ferry ran again on the first day of the month after repairs.'],
      lacking: 'did the ferry run at christmas',
      covered: 'did the ferry run again',
    },
    {
      given:
        'a place whose WordNet synonym is hyphenated ("Al-Iraq"), the articles holding only a piece of it ("Al" Gore)',
      paragraphs: ['Al Gore said the election was too close to call.', 'Turnout was high in Florida.'],
      lacking: 'what happened in the iraq election',
      covered: 'what did al gore say about the election',
    },
  ])('GIVEN $given THEN the question is declined', ({ paragraphs, lacking, covered }) => {
    const engine = oneArticle('News', paragraphs);
    expect(engine.ask(lacking)).toMatchObject({ declined: true, results: [] });
    expect(engine.ask(covered).declined).toBe(false);
  });

  it('GIVEN a question word the articles use, and a passage using another of its family ("constitutional") THEN it is found too', () => {
    const town = oneArticle('Port strike', [
      'The union says the strike is constitutional, citing the right of workers to assemble.',
      'The mayor said the town constitution was last amended in 1990 after a long debate.',
      'Harbour master Ingrid Lindqvist said the fleet would stay docked until Friday.',
    ]);
    const texts = town.ask('is the strike allowed by the constitution').results.map((result) => result.text);
    expect(texts.some((text) => text.includes('the strike is constitutional'))).toBe(true);
  });
});
