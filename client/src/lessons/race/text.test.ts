import { describe, expect, it } from 'vitest';
import { text } from './text.js';

describe('race stage words', () => {
  it('lost updates: the plural form comes from the figures (Intl.PluralRules), not from a flag', () => {
    expect(text.en.stage.lostUpdates({ lost: '1' })).toBe('you lost 1 update');
    expect(text.en.stage.lostUpdates({ lost: '1,000' })).toBe('you lost 1,000 updates');
    expect(text['pt-BR'].stage.lostUpdates({ lost: '1' })).toBe('você perdeu 1 atualização');
    expect(text['pt-BR'].stage.lostUpdates({ lost: '2' })).toBe('você perdeu 2 atualizações');
    // A caller that still passes the old flag gets the same words: the figures decide.
    expect(text.en.stage.lostUpdates({ lost: '2', one: true })).toBe('you lost 2 updates');
  });

  it('a round’s loss reads right for any count in Portuguese (no “1 perdidas”)', () => {
    expect(text['pt-BR'].stage.lost({ lost: '1' })).toBe('perdas: 1');
    expect(text.en.stage.lost({ lost: '1' })).toBe('1 lost');
  });
});
