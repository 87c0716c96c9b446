/**
 * The shared lesson texts, the Node notes and the home verdict texts live
 * outside lessons/<id>/text.ts, so the app's completeness test does not see
 * them: same keys in every language, nothing empty, numbers and names kept.
 */
import { describe, expect, it } from 'vitest';
import type { Localized } from '../i18n/dictionary.js';
import { homeText } from '../home/text.js';
import { nodeNotes } from './nodeNotes.js';
import { partsText } from './text.js';

const marker = new Proxy({}, { get: (_target, key) => `«${String(key)}»` });

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (argument: unknown) => unknown)(marker))]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  throw new Error(`${path}: unexpected ${typeof value}`);
}

const placeholders = (text: string) => [...text.matchAll(/«(\w+)»/g)].map((match) => match[1]).sort();

for (const [name, text] of Object.entries({ partsText, nodeNotes, homeText } as Record<string, Localized<unknown>>)) {
  describe(name, () => {
    it('has the same keys, no empty text and the same placeholders in pt-BR as in English', () => {
      const english = leaves(text.en);
      const portuguese = leaves(text['pt-BR']);
      expect(portuguese.map(([path]) => path)).toEqual(english.map(([path]) => path));
      portuguese.forEach(([path, value], index) => {
        expect(value.trim(), path).not.toBe('');
        expect(placeholders(value), path).toEqual(placeholders(english[index]?.[1] ?? ''));
        if (value.length > 25) expect(value, path).not.toBe(english[index]?.[1]);
      });
    });
  });
}

describe('nodeNotes', () => {
  it('explains every note id the creation, parallelism and communication servers send', () => {
    const sent = ['fork-is-exec', 'worker-own-isolate', 'rss-counts-shared', 'worker-own-heap', 'structured-clone-copies', 'stdio-pipes-are-socketpairs', 'spin-burns-a-core', 'ipc-costs-a-small-multiple', 'shared-memory-threads-only'];
    for (const id of sent) expect(Object.keys(nodeNotes.en), id).toContain(id);
  });
});
