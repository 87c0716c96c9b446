import { describe, expect, it } from 'vitest';
import { verdictSentence } from './verdict.js';

const base = {
  parentX: 0,
  parentPid: 5719,
  children: [
    { actor: 'child-1', pid: 5736, x: 5 },
    { actor: 'child-2', pid: 5737, x: 5 },
    { actor: 'child-3', pid: 5738, x: 5 },
  ],
  sharedX: 15,
  expectedSharedX: 15,
  threadedPid: 5786,
  threads: [
    { actor: 'thread-1', tid: 5797 },
    { actor: 'thread-2', tid: 5798 },
    { actor: 'thread-3', tid: 5799 },
  ],
};

describe('memory verdictSentence', () => {
  it('isolated children and no lost update (the recorded run’s figures)', () => {
    expect(verdictSentence(base, 'en')).toBe('Here 3 child processes each changed only their own copy of x: the parent’s x stayed 0; 3 threads changed one shared x to 15 (of 15 expected).');
    expect(verdictSentence(base, 'pt-BR')).toBe(
      'Aqui 3 processos filhos mudaram, cada um, só a sua cópia de x: o x do pai ficou em 0; 3 threads mudaram um x compartilhado para 15 (de 15 esperados).',
    );
  });

  it('a parent whose x changed is not isolation', () => {
    const changed = { ...base, parentX: 5 };
    expect(verdictSentence(changed, 'en')).toMatch(/^Here the parent’s x changed to 5 while 3 children ran: that is not isolation;/);
    expect(verdictSentence(changed, 'pt-BR')).toMatch(/^Aqui o x do pai mudou para 5 enquanto 3 filhos rodavam: isso não é isolamento;/);
  });

  it('a shared x below threads × increments says updates were lost', () => {
    const lost = { ...base, sharedX: 14 };
    expect(verdictSentence(lost, 'en')).toMatch(/; 3 threads shared one x but it reached only 14 of 15: updates were lost\.$/);
    expect(verdictSentence(lost, 'pt-BR')).toMatch(/; 3 threads compartilharam um x, mas ele chegou só a 14 de 15: atualizações se perderam\.$/);
  });

  it('counts through the language’s plural rules', () => {
    const one = { ...base, children: base.children.slice(0, 1), threads: base.threads.slice(0, 1), sharedX: 5, expectedSharedX: 5 };
    expect(verdictSentence(one, 'en')).toBe('Here 1 child process changed only its own copy of x: the parent’s x stayed 0; 1 thread changed one shared x to 5 (of 5 expected).');
    expect(verdictSentence(one, 'pt-BR')).toBe('Aqui 1 processo filho mudou só a sua cópia de x: o x do pai ficou em 0; 1 thread mudou um x compartilhado para 5 (de 5 esperados).');
    expect(verdictSentence({ ...base, parentX: 1, children: base.children.slice(0, 1) }, 'en')).toMatch(/while 1 child ran:/);
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ channels: [] }, 'en')).toBeUndefined();
  });
});
