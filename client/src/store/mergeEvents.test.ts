import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/protocol.js';
import { mergeBatch } from './mergeEvents.js';

const event = (seq: number): LabEvent => ({ run: 'r', seq, t: seq, kind: 'phase', name: `p${seq}` });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => event(from + index));

describe('mergeBatch', () => {
  it('appends a batch that continues the log', () => {
    const outcome = mergeBatch(range(0, 3), range(3, 6));
    expect(outcome.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(outcome.added).toHaveLength(3);
    expect(outcome.gap).toBeUndefined();
  });

  it('skips a resent prefix (resubscribe after reconnect) and keeps the new tail', () => {
    const existing = range(0, 4);
    const outcome = mergeBatch(existing, range(0, 7));
    expect(outcome.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(outcome.added.map((e) => e.seq)).toEqual([4, 5, 6]);
  });

  it('returns the same array when nothing is new', () => {
    const existing = range(0, 4);
    expect(mergeBatch(existing, range(1, 3)).events).toBe(existing);
  });

  it('reports a hole instead of guessing', () => {
    const outcome = mergeBatch(range(0, 2), [event(2), event(5)]);
    expect(outcome.events.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(outcome.gap).toEqual({ expected: 3, got: 5 });
  });
});
