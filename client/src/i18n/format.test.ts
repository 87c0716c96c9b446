import { describe, expect, it } from 'vitest';
import { formattersFor } from './format.js';

const thread = { one: 'thread', other: 'threads' };

describe('plural forms through Intl.PluralRules', () => {
  it('English: only 1 is singular', () => {
    const f = formattersFor('en');
    expect([0, 1, 2].map((n) => f.count(n, thread))).toEqual(['0 threads', '1 thread', '2 threads']);
  });
  it('pt-BR: 0 and 1 take the singular form (CLDR "one": i = 0..1)', () => {
    const f = formattersFor('pt-BR');
    const processo = { one: 'processo', other: 'processos' };
    expect([0, 1, 2, 1000].map((n) => f.count(n, processo))).toEqual(['0 processo', '1 processo', '2 processos', '1.000 processos']);
    expect(f.pluralForm(1.5, processo)).toBe('processo');
  });
});
