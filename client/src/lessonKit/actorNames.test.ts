import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { ptBR as pt } from '../i18n/ptBR.js';
import { actorName } from './actorNames.js';

describe('actorName', () => {
  it('names the conventional ids in the reader’s language', () => {
    expect(actorName(en, 'child-2')).toBe('child 2');
    expect(actorName(pt, 'child-2')).toBe('filho 2');
    expect(actorName(en, 'proc-3', 'process 3')).toBe('process 3');
    expect(actorName(pt, 'proc-3', 'process 3')).toBe('processo 3');
    expect(actorName(en, 'thread-1')).toBe('thread 1');
  });

  it('names every process-with-threads the same way', () => {
    for (const id of ['threaded', 'racers', 'stepper']) expect(actorName(pt, id)).toBe(pt.actors.threaded);
  });

  it('keeps the server’s label for other ids, and only whole-id matches count', () => {
    expect(actorName(en, 'proc-1-2', 'process 2')).toBe('process 2');
    expect(actorName(en, 'cruncher', 'prime cruncher')).toBe('prime cruncher');
    expect(actorName(en, 'mystery')).toBe('mystery');
  });
});
