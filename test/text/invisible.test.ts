import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/corpus/normalize.js';
import { analyze } from '../../src/search/analysis/analyzer.js';
import { stripInvisible } from '../../src/text/invisible.js';

const INVISIBLES = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

describe('stripInvisible', () => {
  it('removes the soft hyphen, the zero-width characters, the word joiner and the BOM, and nothing else', () => {
    expect(stripInvisible(`Shein${INVISIBLES.join('')}baum — “sí” 97%`)).toBe('Sheinbaum — “sí” 97%');
  });

  it('makes a word typed with an invisible character the same word in an article and in a question', () => {
    for (const invisible of INVISIBLES) {
      const typed = `Shein${invisible}baum sover${invisible}eignty`;
      expect(normalizeText(typed)).toBe('Sheinbaum sovereignty');
      expect(analyze(typed)).toEqual(['sheinbaum', 'sovereignty']);
    }
  });

  it('leaves text without invisible characters as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const visible = [...text].filter((character) => !INVISIBLES.includes(character)).join('');
        expect(stripInvisible(visible)).toBe(visible);
      }),
    );
  });
});
