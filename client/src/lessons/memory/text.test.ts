import { describe, expect, it } from 'vitest';
import { text } from './text.js';

describe('memory lesson text', () => {
  it('counts through the language’s plural rules', () => {
    expect(text.en.callouts.threadsShared({ count: '1', value: '3' })).toBe('1 thread wrote to one cell: 3.');
    expect(text.en.callouts.threadsShared({ count: '3', value: '15' })).toBe('3 threads wrote to one cell: 15.');
    expect(text['pt-BR'].callouts.threadsShared({ count: '1', value: '3' })).toBe('1 thread escreveu numa mesma célula: 3.');
    expect(text.en.results.copyOnWrite({ faults: '1' })).toBe('Copy-on-write: each child’s first write to x cost 1 minor page fault, later writes none.');
    expect(text.en.results.copyOnWrite({ faults: '2' })).toContain('cost 2 minor page faults,');
    expect(text['pt-BR'].results.copyOnWrite({ faults: '1' })).toContain('custou 1 falta de página menor;');
    expect(text['pt-BR'].results.copyOnWrite({ faults: '2' })).toContain('custou 2 faltas de página menores;');
    expect(text.en.callouts.noLostUpdates({ shared: '3', threads: '3', increments: '1' })).toBe('3 = 3 threads × 1 increment: no update was lost (atomic increments).');
    expect(text['pt-BR'].callouts.childrenOwnCopies({ count: '5', parent: '0' })).toBe('5 filhos mudaram, cada um, só a sua própria cópia de x: o pai continua com 0.');
  });

  it('says what a PID, a TGID and a TID are on Linux, and what threads share and keep apart, in both languages', () => {
    const en = text.en.linuxThreads.items.join(' ');
    for (const term of ['getpid()', 'TGID', 'gettid()', '/proc/<pid>/task/<tid>', 'CLONE_FILES', 'CLONE_FS', 'CLONE_SIGHAND', 'stack', 'registers', 'signal mask', 'errno', 'context switch'])
      expect(en).toContain(term);
    const pt = text['pt-BR'].linuxThreads.items.join(' ');
    for (const term of ['getpid()', 'TGID', 'gettid()', '/proc/<pid>/task/<tid>', 'CLONE_FILES', 'CLONE_FS', 'CLONE_SIGHAND', 'pilha', 'registradores', 'máscara de sinais', 'errno', 'troca de contexto'])
      expect(pt).toContain(term);
    expect(text['pt-BR'].linuxThreads.items).toHaveLength(text.en.linuxThreads.items.length);
  });

  it('explains a page fault where the lesson first names one', () => {
    expect(text.en.native.note.join(' ')).toMatch(/page fault \(the CPU stops/);
    expect(text.en.native.whatToNotice.join(' ')).toMatch(/minor page fault \(the CPU stops the write/);
    expect(text['pt-BR'].native.whatToNotice.join(' ')).toMatch(/falta de página menor \(o processador interrompe/);
  });
});
