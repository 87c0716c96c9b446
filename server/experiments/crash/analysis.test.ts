import { describe, expect, it } from 'vitest';
import { beatsAfter, createCrashLedger, exitOf, recordEvent } from './analysis.js';

describe('crash ledger', () => {
  it('counts only the heartbeats after a moment, and keeps the first exit of an actor', () => {
    const ledger = createCrashLedger();
    for (const t of [100, 200, 300, 400]) recordEvent(ledger, { kind: 'actor.heartbeat', actor: 'proc-1', n: t / 100 }, t);
    recordEvent(ledger, { kind: 'actor.exited', actor: 'proc-2', code: null, signal: 'SIGSEGV', reason: 'killed by SIGSEGV' }, 250);
    recordEvent(ledger, { kind: 'actor.exited', actor: 'proc-2', code: 0, signal: null, reason: 'again' }, 260);
    expect(beatsAfter(ledger, 'proc-1', exitOf(ledger, 'proc-2').t)).toBe(2);
    expect(exitOf(ledger, 'proc-2')).toMatchObject({ signal: 'SIGSEGV', t: 250 });
    expect(exitOf(ledger, 'ghost').reason).toBe('no exit recorded');
  });

  it('keeps the highest corrupt-record count each actor reported', () => {
    const ledger = createCrashLedger();
    recordEvent(ledger, { kind: 'memory.read', actor: 't1', space: 9, cell: 'corrupt records', value: 4 }, 1);
    recordEvent(ledger, { kind: 'memory.read', actor: 't1', space: 9, cell: 'corrupt records', value: 2 }, 2);
    expect(ledger.corruptSeen.get('t1')).toBe(4);
  });
});
