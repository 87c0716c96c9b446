import { describe, expect, it } from 'vitest';
import type { TimedEventBody } from '../../shared/protocol.js';
import { createOrderedMerge, type StalledSource } from './orderedMerge.js';

const at = (t: number): TimedEventBody => ({ kind: 'phase', name: `p${t}`, t });
const times = (events: TimedEventBody[]) => events.map((event) => event.t);

function mergeAt(clock: { now: number; ms: number }, stalls: StalledSource[] = []) {
  return createOrderedMerge({ now: () => clock.now, nowMs: () => clock.ms, stallReportMs: 100, onStall: (stall) => stalls.push(stall) });
}

describe('ordered merge', () => {
  it('releases up to the lowest watermark of the open sources, and no further', () => {
    const clock = { now: 1000, ms: 0 };
    const merge = mergeAt(clock);
    merge.open('a', 0);
    merge.open('b', 0);
    merge.push('a', at(10));
    merge.push('a', at(30));
    merge.push('b', at(20));
    expect(times(merge.takeReleasable())).toEqual([10, 20]);
    merge.mark('b', 40);
    expect(times(merge.takeReleasable())).toEqual([30]);
  });

  it('holds the owner’s own events behind a source that has not reached them', () => {
    const clock = { now: 100, ms: 0 };
    const merge = mergeAt(clock);
    merge.open('child', 50);
    merge.own(at(60));
    expect(merge.takeReleasable()).toEqual([]);
    merge.push('child', at(55));
    merge.mark('child', 70);
    expect(times(merge.takeReleasable())).toEqual([55, 60]);
  });

  it('a source heard before it was opened counts from its first event; closing a source closes those under it', () => {
    const clock = { now: 100, ms: 0 };
    const merge = mergeAt(clock);
    merge.push('native/42', at(30));
    merge.open('native', 10);
    merge.mark('native', 90);
    expect(times(merge.takeReleasable())).toEqual([30]);
    merge.close('native');
    expect(merge.openSources()).toEqual([]);
    // A closed source's stray event cannot reopen it (it would hold the log for ever).
    merge.push('native/42', at(95));
    expect(merge.openSources()).toEqual([]);
    expect(times(merge.takeReleasable())).toEqual([95]);
  });

  it('never releases an event below one already released: it is dropped and said', () => {
    const late: number[] = [];
    const merge = createOrderedMerge({ now: () => 100, onLate: (_source, event) => late.push(event.t) });
    merge.own(at(50));
    expect(times(merge.takeReleasable())).toEqual([50]);
    merge.push('x', at(40));
    expect(merge.takeReleasable()).toEqual([]);
    expect(late).toEqual([40]);
  });

  it('reports a source that holds events back once per silence, and again after it spoke and fell silent', () => {
    const clock = { now: 100, ms: 0 };
    const stalls: StalledSource[] = [];
    const merge = mergeAt(clock, stalls);
    merge.open('slow', 5);
    merge.own(at(50));
    clock.ms = 99;
    merge.takeReleasable();
    expect(stalls).toEqual([]);
    clock.ms = 150;
    merge.takeReleasable();
    merge.takeReleasable();
    expect(stalls).toEqual([{ source: 'slow', heardUntil: 5, silentMs: 150 }]);
    merge.mark('slow', 20);
    clock.ms = 400;
    merge.takeReleasable();
    expect(stalls).toHaveLength(2);
  });

  it('keeps arrival order among events of equal t, and gives everything at the end', () => {
    const merge = createOrderedMerge({ now: () => 0 });
    merge.open('a', 0);
    merge.push('a', { kind: 'phase', name: 'first', t: 5 });
    merge.push('a', { kind: 'phase', name: 'second', t: 5 });
    expect(merge.takeAll().map((event) => (event.kind === 'phase' ? event.name : ''))).toEqual(['first', 'second']);
  });
});
