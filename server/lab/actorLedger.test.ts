import { describe, expect, it } from 'vitest';
import { createActorLedger } from './actorLedger.js';

describe('actor ledger', () => {
  it('lists the running threads of a process, and every running actor children first', () => {
    const ledger = createActorLedger();
    ledger.observe({ kind: 'actor.started', actor: 'host', type: 'process', pid: 1, tid: 1, label: 'host' });
    ledger.observe({ kind: 'actor.started', actor: 'proc', type: 'process', pid: 2, tid: 2, parent: 'host', label: 'p' });
    ledger.observe({ kind: 'actor.started', actor: 't1', type: 'thread', pid: 2, tid: 3, parent: 'proc', label: 't1' });
    ledger.observe({ kind: 'actor.started', actor: 't2', type: 'thread', pid: 2, tid: 4, parent: 'proc', label: 't2' });
    ledger.observe({ kind: 'actor.exited', actor: 't1', code: 0, signal: null, reason: 'finished' });
    expect(ledger.runningThreadsOf('proc')).toEqual(['t2']);
    expect(ledger.running()).toEqual(['t2', 'proc', 'host']);
  });

  it('refuses a second start or exit of one actor, and an exit of an actor never started', () => {
    const ledger = createActorLedger();
    expect(ledger.observe({ kind: 'actor.started', actor: 'a', type: 'process', pid: 1, tid: 1, label: 'a' })).toBe(true);
    expect(ledger.observe({ kind: 'actor.started', actor: 'a', type: 'process', pid: 1, tid: 1, label: 'a' })).toBe(false);
    expect(ledger.observe({ kind: 'actor.exited', actor: 'ghost', code: 0, signal: null, reason: 'x' })).toBe(false);
    expect(ledger.observe({ kind: 'actor.exited', actor: 'a', code: 0, signal: null, reason: 'x' })).toBe(true);
    expect(ledger.observe({ kind: 'actor.exited', actor: 'a', code: 0, signal: null, reason: 'x' })).toBe(false);
  });
});
