import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/protocol.js';
import { en } from '../i18n/en.js';
import { formattersFor } from '../i18n/format.js';
import { ptBR as pt } from '../i18n/ptBR.js';
import { actorPids, describeEvent } from './describeEvent.js';

let seq = 0;
const at = (body: Record<string, unknown>): LabEvent => ({ run: 'r', seq: seq++, t: seq * 1000, ...body }) as LabEvent;

/** The start of a backend run as its server reports it (pids are this machine's). */
const backendStart: LabEvent[] = [
  at({ kind: 'actor.started', actor: 'pool', type: 'process', pid: 500, tid: 500, parent: 'host', label: 'thread-pool server' }),
  at({ kind: 'actor.started', actor: 'pool-thread-2', type: 'thread', pid: 500, tid: 512, parent: 'pool', label: 'pool thread 2' }),
  at({ kind: 'actor.started', actor: 'cluster', type: 'process', pid: 600, tid: 600, parent: 'host', label: 'cluster primary' }),
  at({ kind: 'actor.started', actor: 'cluster-worker-3', type: 'process', pid: 1234, tid: 1234, parent: 'cluster', label: 'cluster worker 3' }),
  at({ kind: 'actor.started', actor: 'loadgen', type: 'process', pid: 700, tid: 700, parent: 'host', label: 'load generator' }),
];
const pids = actorPids(backendStart);
const english = formattersFor('en');

describe('describeEvent with backend actors', () => {
  it('names who served a request, with its PID, instead of raw ids', () => {
    const received = at({ kind: 'message.received', actor: 'loadgen', peer: 'cluster-worker-3', channel: 'tcp', bytes: 57, msg: 'm1' });
    expect(describeEvent(received, en, english, pids)).toBe('load generator received the message from cluster worker 3 (PID 1234) over TCP on loopback (57 bytes).');
    const sent = at({ kind: 'message.sent', actor: 'loadgen', peer: 'pool', channel: 'tcp', bytes: 0, msg: 'm2' });
    expect(describeEvent(sent, en, english, pids)).toBe('load generator sent a message to thread-pool server over TCP on loopback (0 bytes).');
    const fault = at({ kind: 'fault.injected', actor: 'pool-thread-2', fault: 'sigsegv' });
    expect(describeEvent(fault, en, english, pids)).toBe('Fault injected into pool thread 2 (PID 500): SIGSEGV, a fatal signal.');
    expect(describeEvent(fault, pt, formattersFor('pt-BR'), pids)).toBe('Falha injetada — thread 2 do pool (PID 500): SIGSEGV, um sinal fatal.');
  });

  it('says the PID once when an actor starts, and names the phase', () => {
    expect(describeEvent(backendStart[3] as LabEvent, en, english, pids)).toBe('cluster worker 3 started as a new process (PID 1234).');
    expect(describeEvent(backendStart[1] as LabEvent, pt, formattersFor('pt-BR'), pids)).toBe('thread 2 do pool começou dentro do PID 500 (TID 512).');
    expect(describeEvent(at({ kind: 'phase', name: 'microservices' }), pt, formattersFor('pt-BR'))).toBe('Fase: microsserviços.');
  });

  it('leaves the PID out when it is not known, and other lessons’ actors as they were', () => {
    const died = at({ kind: 'actor.exited', actor: 'cluster-worker-4', code: null, signal: 'SIGSEGV', reason: 'finished' });
    expect(describeEvent(died, en, english, pids)).toBe('cluster worker 4 was ended by SIGSEGV (finished).');
    const child = at({ kind: 'memory.write', actor: 'child-1', space: 42, cell: 'x', value: 1 });
    expect(describeEvent(child, en, english, new Map([['child-1', 42]]))).toBe('child 1 wrote x = 1 in the memory of PID 42.');
  });
});

describe('describeEvent says ids in words', () => {
  const portuguese = formattersFor('pt-BR');
  it('names a fault, a channel, a phase and an exit reason, in both languages', () => {
    const fault = at({ kind: 'fault.injected', actor: 'thread-2', fault: 'exception' });
    expect(describeEvent(fault, en, english)).toBe('Fault injected into thread 2: an uncaught exception.');
    expect(describeEvent(fault, pt, portuguese)).toBe('Falha injetada — thread 2: uma exceção não capturada.');
    const sent = at({ kind: 'message.sent', actor: 'host', peer: 'thread-1', channel: 'sab-wait', bytes: 1, msg: 'm' });
    expect(describeEvent(sent, en, english)).toBe('lab host (parent) sent a message to thread 1 over shared memory with Atomics.wait (1 byte).');
    expect(describeEvent(sent, pt, portuguese)).toBe('host do laboratório (pai) enviou uma mensagem para thread 1 por memória compartilhada com Atomics.wait (1 byte).');
    expect(describeEvent(at({ kind: 'phase', name: 'step' }), pt, portuguese)).toBe('Fase: passo a passo.');
    const thrown = at({ kind: 'actor.exited', actor: 'thread-2', code: 1, signal: null, reason: 'uncaught exception (Error: deliberate)' });
    expect(describeEvent(thrown, pt, portuguese)).toBe('thread 2 terminou com código 1 (uma exceção não capturada).');
  });

  it('puts 0 bytes in the singular in Portuguese and the plural in English (Intl.PluralRules)', () => {
    const empty = at({ kind: 'message.sent', actor: 'loadgen', peer: 'pool', channel: 'tcp', bytes: 0, msg: 'm' });
    expect(describeEvent(empty, en, english)).toMatch(/\(0 bytes\)\.$/);
    expect(describeEvent(empty, pt, portuguese)).toMatch(/\(0 byte\)\.$/);
  });
});
