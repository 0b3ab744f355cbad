// The real corpus (corpus/*.md) against the scraped pages it was cut from (test/fixtures/seeds/, a copy of
// ../shared/seeds/): five articles under their own headlines, nothing of the site chrome left, and every word of
// every passage found in the scrape, so nothing the bot cites was invented.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article, Passage } from '../../src/corpus/types.js';

const corpusDir = resolve('corpus');
const seedsDir = resolve('test/fixtures/seeds');

/** Each article's id, its headline, and the scraped page it was cut from. */
const EXPECTED_ARTICLES = [
  {
    id: 'latest-developments-us-mexico-cartel-strategy',
    title: 'Latest developments in U.S.–Mexico cartel strategy and diplomatic response',
    seed: '000_43f18c8470e3a573.txt',
  },
  {
    id: 'resist-hate-trump-signals-military-action',
    title: 'Trump Signals Possible U.S. Military Action Against Drug Cartels in Mexico',
    seed: '001_005764bd61a457e3.txt',
  },
  {
    id: 'trump-declares-us-land-strikes-cartels',
    title: 'Trump Declares US to Commence Land Strikes on Cartels in Mexico, Stepping Up Anti-Drug Drive',
    seed: '002_53ec89303f4de55c.txt',
  },
  {
    id: 'trump-says-us-will-hit-drug-cartels-on-land',
    title: 'Trump Says US Will Hit Drug Cartels on Land: A New Phase in U.S. Security Policy',
    seed: '004_8035b5e43858890b.txt',
  },
  {
    id: 'trump-signals-us-strikes-drug-cartels-mexico',
    title: 'Trump Signals US Strikes on Drug Cartels in Mexico',
    seed: '003_4671b11fd7d2c225.txt',
  },
] as const;

/** What the pages put around the articles: none of it may reach a passage. */
const CHROME_STRINGS = [
  'Updated:',
  'Leave a Comment',
  'Leave a Reply',
  'Your email address',
  'Required fields are marked',
  'Min Read',
  'Total Views',
  'Ad image',
  'YouTube channel',
  'Source: DRM News',
  '| 6c1n',
  'Full remarks:',
  'full remarks in response to',
  'ALSO READ',
  'Pingback',
  'We have a growing list',
  'List of Criminals Pardoned',
  'member of the',
  'Zany Progressive',
  'By:',
  'Serena Zehlius',
  'is a passionate writer and Certified Human Rights Consultant',
  'Her love for animals',
  'National palace in mexico',
  'Grito de Dolores',
  'Flickr',
  'CC BY-SA',
  'NOTE! This report was compiled',
] as const;

const corpus = await loadCorpus(corpusDir);

function article(id: string): Article {
  const found = corpus.articles.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`corpus/${id}.md did not load`);
  return found;
}

function seedText(id: string): string {
  const expected = EXPECTED_ARTICLES.find((candidate) => candidate.id === id);
  if (expected === undefined) throw new Error(`no seed is listed for ${id}`);
  return readFileSync(join(seedsDir, expected.seed), 'utf8');
}

/** NFC, every run of white space (non-breaking spaces too) one space: how the verbatim check compares text. */
function collapse(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The pieces of a passage that must each appear in the scrape: its lines without `- ` markers, a table's cells. */
function verbatimPieces(passage: Passage): string[] {
  const pieces: string[] = [];
  for (const line of passage.text.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '' && !/^:?-+:?$/.test(cell));
      pieces.push(...cells);
    } else {
      pieces.push(line.replace(/^- /, ''));
    }
  }
  return pieces.map(collapse).filter((piece) => piece !== '');
}

function lines(passages: readonly Passage[]): string[] {
  return passages.flatMap((passage) => passage.text.split('\n'));
}

describe('the real corpus', () => {
  it('loads every file in corpus/ without a single problem', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('holds exactly the five articles, each under its own headline', () => {
    expect(corpus.articles.map(({ id, title }) => ({ id, title }))).toEqual(
      EXPECTED_ARTICLES.map(({ id, title }) => ({ id, title })),
    );
  });

  it('says the title was derived only for the article that prints no headline', () => {
    expect(Object.fromEntries(corpus.articles.map(({ id, titleSource }) => [id, titleSource]))).toEqual({
      'latest-developments-us-mexico-cartel-strategy': 'headline',
      'resist-hate-trump-signals-military-action': 'headline',
      'trump-declares-us-land-strikes-cartels': 'headline',
      'trump-says-us-will-hit-drug-cartels-on-land': 'headline',
      'trump-signals-us-strikes-drug-cartels-mexico': 'derived',
    });
  });

  it('names an outlet and author only where the page states them, and no date or URL for any article', () => {
    expect(
      corpus.articles.map(({ id, outlet, author, published, url, language }) => ({
        id,
        outlet,
        author,
        published,
        url,
        language,
      })),
    ).toEqual([
      {
        id: 'latest-developments-us-mexico-cartel-strategy',
        outlet: undefined,
        author: undefined,
        published: undefined,
        url: undefined,
        language: 'en',
      },
      {
        id: 'resist-hate-trump-signals-military-action',
        outlet: 'Resist Hate',
        author: 'Serena Zehlius',
        published: undefined,
        url: undefined,
        language: 'en',
      },
      {
        id: 'trump-declares-us-land-strikes-cartels',
        outlet: undefined,
        author: undefined,
        published: undefined,
        url: undefined,
        language: 'en',
      },
      {
        id: 'trump-says-us-will-hit-drug-cartels-on-land',
        outlet: undefined,
        author: undefined,
        published: undefined,
        url: undefined,
        language: 'en',
      },
      {
        id: 'trump-signals-us-strikes-drug-cartels-mexico',
        outlet: undefined,
        author: undefined,
        published: undefined,
        url: undefined,
        language: 'en',
      },
    ]);
  });

  it('takes every stated outlet, author, date and URL word for word from its page', () => {
    const unstated = corpus.articles.flatMap((loaded) =>
      [loaded.outlet, loaded.author, loaded.published, loaded.url]
        .filter((value): value is string => value !== undefined && !seedText(loaded.id).includes(value))
        .map((value) => `${loaded.id}: "${value}" is not on the page`),
    );
    expect(unstated).toEqual([]);
  });

  it('keeps no site chrome in any passage: comment prompts, bylines, bios, captions, video embeds, ads, links', () => {
    const leftovers = corpus.articles.flatMap((loaded) =>
      loaded.passages.flatMap((passage) =>
        CHROME_STRINGS.filter((chrome) => passage.text.toLowerCase().includes(chrome.toLowerCase())).map(
          (chrome) => `${passage.id}: "${chrome}"`,
        ),
      ),
    );
    expect(leftovers).toEqual([]);
  });

  it('invents nothing: every line of every passage (each cell of a table) is in the scraped page', () => {
    const invented = corpus.articles.flatMap((loaded) => {
      const seed = collapse(seedText(loaded.id));
      return loaded.passages.flatMap((passage) =>
        verbatimPieces(passage)
          .filter((piece) => !seed.includes(piece))
          .map((piece) => `${passage.id}: ${piece}`),
      );
    });
    expect(invented).toEqual([]);
  });

  it('prints no headline in the body and no passage twice', () => {
    const repeated = corpus.articles.flatMap((loaded) => {
      const seen = new Set<string>([collapse(loaded.title).toLowerCase()]);
      return loaded.passages.flatMap((passage) => {
        const text = collapse(passage.text).toLowerCase();
        if (seen.has(text)) return [passage.id];
        seen.add(text);
        return [];
      });
    });
    expect(repeated).toEqual([]);
    expect(article('trump-declares-us-land-strikes-cartels').passages[0]?.text).toMatch(
      /^- President Trump said the US will begin/,
    );
  });

  it('gives each item of the lists the scrape ran together its own line', () => {
    const passageLines = lines(article('latest-developments-us-mexico-cartel-strategy').passages);
    for (const item of [
      '- Designation of major drug cartels as foreign terrorist organizations, giving them a status similar to ' +
        'groups like ISIS or al-Qaeda in some policy frameworks.',
      '- Aggressive maritime operations targeting drug-trafficking vessels in the Caribbean Sea and eastern ' +
        'Pacific Ocean.',
      '- Increased pressure on Mexican authorities to agree to U.S. assistance and cooperation in combating cartel ' +
        'networks.',
      '- Increased law enforcement cooperation',
      '- Targeted operations with Mexican consent',
      '- Diplomatic pressure and sanctions',
      '- Enhanced financial counter-narcotics measures',
    ]) {
      expect(passageLines).toContain(item);
    }
  });

  it('turns the bulleted takeaways and key points into "- " items', () => {
    expect(
      lines(article('trump-declares-us-land-strikes-cartels').passages).filter((line) => line.startsWith('- ')),
    ).toEqual([
      '- President Trump said the US will begin land-based strikes aimed at drug cartels, including in Mexico.',
      '- Mexican loss leaders freeze off alien intervention and call for deeper bilateral security measure ' +
        'cooperation.',
      '- Critics warn terra firma mathematical processes could violate sovereignty and international law.',
    ]);
    expect(
      lines(article('trump-signals-us-strikes-drug-cartels-mexico').passages).filter((line) => line.startsWith('- ')),
    ).toEqual([
      '- Trump signals US strikes on drug cartels in Mexico could move beyond sea based interdictions to land ' +
        'operations.',
      '- The comments follow a series of US actions targeting alleged drug trafficking routes in the Caribbean and ' +
        'Venezuela.',
      '- Any cross border action would raise legal, diplomatic and security questions for Washington and Mexico.',
    ]);
  });

  it('files every passage under the subheadings the articles print, in their order', () => {
    const sections = (id: string): Array<string | null> => [
      ...new Set(article(id).passages.map((passage) => passage.section)),
    ];
    expect(sections('latest-developments-us-mexico-cartel-strategy')).toEqual([
      null,
      'What Trump Actually Said — and What It Might Entail',
      'Mexico’s Response: Sovereignty and Cooperation',
      'Historical Context: Trump’s Cartel Strategy',
      'Legal and Political Implications',
      'Impact on U.S.–Mexico Relations',
      'What Comes Next?',
      'Conclusion',
    ]);
    expect(sections('resist-hate-trump-signals-military-action')).toEqual([null, 'Why this matters…']);
    // The takeaway/key-point lists are closed by a rule, so the report after them is not filed under the list's label.
    expect(sections('trump-declares-us-land-strikes-cartels')).toEqual([
      'Quick Takeaways',
      null,
      'Mexican Government Rejects Military Intervention',
      'US Anti-Drug Strategy Shifts and Controversies',
      'Diplomatic and Legal Implications of Land Attacks',
      'What Comes Next for US-Mexico Security Relations',
    ]);
    expect(sections('trump-says-us-will-hit-drug-cartels-on-land')).toEqual([
      'Introduction',
      'What Trump Announced',
      'Why This Is a Major Escalation',
      'Regional Reactions and Sovereignty Concerns',
      'Context: U.S. Military Campaigns and Venezuela Link',
      'Implications for U.S.–Mexico Relations',
      'Legal and International Law Considerations',
      'Domestic Response and Policy Debate',
      'Looking Ahead: What to Watch',
      'Conclusion',
      'Frequently Asked Questions',
    ]);
    expect(sections('trump-signals-us-strikes-drug-cartels-mexico')).toEqual([
      'KEY POINTS',
      null,
      'Author’s Perspective',
    ]);
  });

  it('keeps each FAQ question with its answer in one passage', () => {
    const faq = article('trump-says-us-will-hit-drug-cartels-on-land').passages.filter(
      (passage) => passage.section === 'Frequently Asked Questions',
    );
    expect(faq.map((passage) => passage.text)).toEqual([
      '1. What did Trump mean by hitting cartels on land? He signalled an expansion of operations against drug ' +
        'cartels from sea and law enforcement support to potential land-based strikes.',
      '2. Is Mexico consenting to U.S. land strikes? No. Mexican authorities have rejected foreign military action ' +
        'within their territory while affirming cooperative law enforcement.',
      '3. Are these strikes legal under international law? Cross-border military action without consent poses ' +
        'legal challenges and may violate norms protecting sovereignty.',
      '4. How might this affect bilateral relations? Strikes could strain U.S.–Mexico cooperation unless aligned ' +
        'with joint frameworks that respect territorial and legal considerations.',
    ]);
  });

  it('keeps the indicator table of 003 whole, as one table passage', () => {
    const tables = article('trump-signals-us-strikes-drug-cartels-mexico').passages.filter(
      (passage) => passage.kind === 'table',
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]?.text.split('\n').filter((row) => row.startsWith('|'))).toEqual([
      '| Indicator | Approximate Trend | Relevance |',
      '|---|---|---|',
      '| US opioid overdose deaths | Declined slightly in the past year but remain above pre-pandemic levels | ' +
        'Central domestic driver of policy |',
      '| Mexican cartel homicides | Elevated in key border states | Security pressure on Mexico |',
      '| US-Mexico trade volume | Exceeds $800 billion annually | High economic interdependence |',
      '| Extraditions from Mexico to US | Increased in recent years | Existing cooperation channel |',
    ]);
  });

  it("marks as opinion exactly 001's own commentary and 003's Author's Perspective", () => {
    const opinion = corpus.articles.flatMap((loaded) =>
      loaded.passages
        .filter((passage) => passage.opinion)
        .map((passage) => `${loaded.id} [${passage.section}] ` + `${passage.text.slice(0, 40)}`),
    );
    expect(opinion).toEqual([
      'resist-hate-trump-signals-military-action [Why this matters…] Resist Hate gives users honest, fact-bas',
      'trump-signals-us-strikes-drug-cartels-mexico [Author’s Perspective] From a strategic perspective, this rheto',
      'trump-signals-us-strikes-drug-cartels-mexico [Author’s Perspective] I predict the US will formalize a North ',
      'trump-signals-us-strikes-drug-cartels-mexico [Author’s Perspective] For everyday people, this could affect b',
      'trump-signals-us-strikes-drug-cartels-mexico [Author’s Perspective] Watch for changes in US Mexico security ',
    ]);
  });

  it('keeps the odd wording of the pages exactly as printed', () => {
    const allText = corpus.articles.flatMap((loaded) => loaded.passages.map((passage) => passage.text)).join('\n');
    expect(allText).toContain('Mexican loss leaders freeze off alien intervention');
    expect(allText).toContain('a willingness to consider kinetic operations on lanD.');
    expect(allText).toContain('in Mexico City. presidential palace. What remains clear');
  });
});
