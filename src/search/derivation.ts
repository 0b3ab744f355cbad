// Derivation: the lemmatizer joins a word's inflections (died → die, deaths → death) but not its derived relatives
// (die ↔ death, invade ↔ invasion, congress ↔ congressional). A reader asks "how many people died" of articles that
// write "overdose deaths". At query time only, a question word the corpus never uses is replaced by a derived relative
// the corpus does use: like the typo rule, it never touches a word the corpus knows, so it cannot pull a question
// away from the articles' own words, and a name the corpus lacks is never rewritten (it still declines the question).
// The relatives come from a short table of irregular pairs and from productive English suffix pairs, tried in order.
import { processTerm } from './analyzer.js';

/** Irregular relatives no suffix rule produces, both ways. */
const IRREGULAR: ReadonlyArray<readonly [string, string]> = [
  ['die', 'death'], ['die', 'dead'], ['bear', 'birth'], ['lose', 'loss'], ['fly', 'flight'], ['choose', 'choice'],
  ['grow', 'growth'], ['speak', 'speech'], ['prove', 'proof'], ['strong', 'strength'], ['long', 'length'],
  ['wide', 'width'], ['deep', 'depth'], ['high', 'height'], ['succeed', 'success'], ['seize', 'seizure'],
  ['sell', 'sale'], ['think', 'thought'], ['weigh', 'weight'], ['destroy', 'destruction']
];

/**
 * Suffix pairs [a, b]: a word ending in `a` has a relative ending in `b`, and back. The stem must keep at least
 * MIN_STEM letters, so short words are left alone.
 */
const SUFFIX_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['ate', 'ation'], // coordinate → coordination
  ['ade', 'asion'], // invade → invasion
  ['ide', 'ision'], // decide → decision
  ['ize', 'ization'], ['ise', 'isation'],
  ['ify', 'ification'], // intensify → intensification
  ['ite', 'ition'], // extradite → extradition
  ['uce', 'uction'], // reduce → reduction
  ['ect', 'ection'], // protect → protection
  ['ert', 'ertion'], // assert → assertion
  ['ess', 'ession'], // express → expression
  ['end', 'ension'], // extend → extension
  ['ose', 'osal'], // propose → proposal
  ['ove', 'oval'], // approve → approval
  ['ive', 'ival'], // arrive → arrival
  ['y', 'ial'], // deny → denial
  ['', 'ional'], // congress → congressional
  ['', 'al'], // nation → national
  ['', 'ment'], // deploy → deployment
  ['', 'ure'], // fail → failure
  ['e', 'ure'], // close → closure
  ['y', 'ic'], // economy → economic, strategy → strategic
  ['', 'ous'], // danger → dangerous
  ['', 'ion'], // act → action
];

const MIN_STEM = 3;

/** A term's derived relatives, as the analyzer's terms, most specific first; [] for numbers and compounds. */
export function derivedForms(term: string): string[] {
  if (!/^[a-z]{3,}$/.test(term)) return [];
  const forms: string[] = [];
  for (const [a, b] of IRREGULAR) {
    if (term === a) forms.push(b);
    else if (term === b) forms.push(a);
  }
  if (term.length > MIN_STEM) for (const [a, b] of SUFFIX_PAIRS) {
    if (term.endsWith(b) && term.length - b.length >= MIN_STEM) forms.push(term.slice(0, term.length - b.length) + a);
    if (term.endsWith(a) && term.length - a.length >= MIN_STEM) forms.push(term.slice(0, term.length - a.length) + b);
  }
  const terms = forms.flatMap((form) => processTerm(form) ?? []).filter((form) => form !== term);
  return [...new Set(terms)];
}
