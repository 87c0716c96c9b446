/**
 * The classroom's texts are complete in every language: the same keys, no
 * empty string, every placeholder kept, and long texts really translated
 * (the same checks the app dictionary gets in i18n/completeness.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { handsOnText } from '../handsOn/text.js';
import { languages, type Localized } from '../i18n/dictionary.js';
import { learnText } from './learn/text.js';
import { classroomText } from './text.js';

type Leaf = { path: string; text: string; placeholders: string[] };

const markerArgument = new Proxy({}, { get: (_target, key) => `«${String(key)}»` });

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'number') return [];
  if (typeof value === 'string') return [{ path, text: value, placeholders: [] }];
  if (typeof value === 'function') {
    const text = String((value as (argument: unknown) => unknown)(markerArgument));
    return [{ path, text, placeholders: [...text.matchAll(/«(\w+)»/g)].map((match) => match[1] ?? '').sort() }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  throw new Error(`${path}: unexpected ${typeof value}`);
}

function checkComplete(name: string, text: Localized<unknown>): void {
  const english = leaves(text.en);
  for (const language of languages.filter((item) => item !== 'en')) {
    const other = leaves(text[language]);
    it(`${name}: ${language} has the English keys, no empty text, every placeholder`, () => {
      expect(other.map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path));
      other.forEach((leaf, index) => {
        expect(leaf.text.trim(), leaf.path).not.toBe('');
        expect(leaf.text, leaf.path).not.toContain('undefined');
        expect(leaf.placeholders, leaf.path).toEqual(english[index]?.placeholders);
      });
    });
    it(`${name}: ${language} is translated`, () => {
      const same = english.filter((leaf) => leaf.text.length > 25 && other.find((item) => item.path === leaf.path)?.text === leaf.text);
      expect(same.map((leaf) => leaf.path)).toEqual([]);
    });
  }
}

describe('classroom text', () => {
  checkComplete('classroom', classroomText);
  checkComplete('learn', learnText);
  checkComplete('handsOn', handsOnText);
});
