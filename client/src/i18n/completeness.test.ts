/**
 * Types already refuse a missing key; this test also catches what types
 * cannot: empty strings, text left in English, and a translation that drops
 * a number or name the English text shows.
 */
import { describe, expect, it } from 'vitest';
import { languages, type Language, type Localized } from './dictionary.js';
import { en } from './en.js';
import { ptBR } from './ptBR.js';
import { markerArgument } from './markers.js';

type Leaf = { path: string; text: string; placeholders: string[] };


function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, text: value, placeholders: [] }];
  if (typeof value === 'function') {
    const text = String((value as (argument: unknown) => unknown)(markerArgument));
    const placeholders = [...text.matchAll(/«([\w.]+)»/g)].map((match) => match[1] ?? '').sort();
    return [{ path, text, placeholders }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path}: unexpected ${typeof value} in a dictionary`);
}

function checkComplete(name: string, text: Localized<unknown>): void {
  const english = leaves(text.en);
  for (const language of languages.filter((item): item is Exclude<Language, 'en'> => item !== 'en')) {
    const other = leaves(text[language]);
    it(`${name}: ${language} has exactly the English keys`, () => {
      expect(other.map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path));
    });
    it(`${name}: ${language} has no empty text and keeps every placeholder`, () => {
      other.forEach((leaf, index) => {
        expect(leaf.text.trim(), leaf.path).not.toBe('');
        expect(leaf.text, leaf.path).not.toContain('undefined');
        expect(leaf.placeholders, leaf.path).toEqual(english[index]?.placeholders);
      });
    });
    it(`${name}: ${language} is translated (most long texts differ from English)`, () => {
      const long = english.filter((leaf) => leaf.text.length > 25);
      const same = long.filter((leaf) => other.find((item) => item.path === leaf.path)?.text === leaf.text);
      expect(same.map((leaf) => leaf.path)).toEqual([]);
    });
  }
}

describe('app dictionary', () => {
  checkComplete('app', { en, 'pt-BR': ptBR });
});

describe('lesson texts', () => {
  const lessonTexts = import.meta.glob<Localized<unknown>>('../lessons/*/text.ts', { eager: true, import: 'text' });
  it('finds the lesson texts', () => {
    expect(Object.keys(lessonTexts).length).toBeGreaterThan(0);
  });
  for (const [path, text] of Object.entries(lessonTexts)) checkComplete(path, text);
});
