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
import { sharedTextModules } from './sentenceSources.js';

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
  // Numbers are data beside the text (a quiz's right answer), the same in every language by type.
  if (typeof value === 'number' || typeof value === 'boolean') return [];
  throw new Error(`${path}: unexpected ${typeof value} in a dictionary`);
}

/**
 * Text a Portuguese page shows exactly as the English one: names (Node.js,
 * PID, postMessage, SIGSEGV), units, symbols and figures, and the English
 * terms Brazilian CS teaching uses as they are (thread, pool, cluster,
 * backend, worker, heap, pipe, socket), one-letter variable names (t, x).
 * Any other text equal to its English one was left untranslated.
 */
const sharedTerms = new Set([
  'thread', 'threads', 'Thread', 'Threads', 'thr', 'proc', 'cluster', 'Cluster', 'pool', 'backend', 'Backend', 'worker', 'workers', 'heap', 'pipe', 'socket', 'kernel',
  'speedup', 'quiz', 'real', 'megabytes', 'min', 'req', 'p99', 'PIDs', 'TIDs',
  'Node', 'js', 'Esc', 'NDJSON', 'Perfetto', 'postMessage', 'Atomics', 'add', 'abort', 'mutex', 'lock', 'plain',
]);
function sameInBothLanguages(text: string): boolean {
  const words = text
    .replace(/«[\w.]+»/g, ' ')
    .split(/[\s,:;()/×·–—→=+<>%.&]+/)
    .filter((word) => /\p{L}/u.test(word));
  return words.every((word) => sharedTerms.has(word) || /^[A-Z0-9_]+$/.test(word) || /^SIG[A-Z]+$/.test(word) || /^(ms|µs|s|MB|MiB|kB|[a-z])$/.test(word));
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
    it(`${name}: ${language} equals English only in names and terms both languages use`, () => {
      const same = english.filter((leaf) => other.find((item) => item.path === leaf.path)?.text === leaf.text);
      expect(same.filter((leaf) => !sameInBothLanguages(leaf.text)).map((leaf) => `${leaf.path}: ${leaf.text}`)).toEqual([]);
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

describe('every other text kept as a Localized object', () => {
  const modules = {
    ...import.meta.glob<Record<string, unknown>>('../lessons/*/{notes,resultsText,stageWords}.ts', { eager: true }),
    ...sharedTextModules,
  };
  const found = Object.entries(modules).flatMap(([path, module]) =>
    Object.entries(module).flatMap(([name, value]) =>
      typeof value === 'object' && value !== null && languages.every((language) => Object.hasOwn(value, language))
        ? [[`${path} ${name}`, value as Localized<unknown>] as const]
        : [],
    ),
  );
  it('finds them', () => {
    expect(found.length).toBeGreaterThanOrEqual(10);
  });
  for (const [name, text] of found) checkComplete(name, text);
});
