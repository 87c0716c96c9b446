import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/protocol.js';
import { phaseStarts, realTimeAt } from './phases.js';

const events: LabEvent[] = [
  { run: 'r', seq: 0, t: 10, kind: 'phase', name: 'threads' },
  { run: 'r', seq: 1, t: 50, kind: 'actor.started', actor: 'a', type: 'thread', pid: 2, tid: 3, label: 'a' },
  { run: 'r', seq: 2, t: 90, kind: 'phase', name: 'processes' },
];

describe('phases', () => {
  it('finds where each phase began', () => {
    expect([...phaseStarts(events)]).toEqual([
      ['threads', 10],
      ['processes', 90],
    ]);
  });

  it('glides real time between events and stops at the last one', () => {
    expect(realTimeAt(events, 1, 0.5)).toBe(70);
    expect(realTimeAt(events, 2, 0.5)).toBe(90);
    expect(realTimeAt(events, -1, 0)).toBeUndefined();
  });
});
