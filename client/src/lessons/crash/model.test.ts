import { describe, expect, it } from 'vitest';
import { corruptionRun, sigsegvRun } from './fixtures.js';
import { crashModelAt, crashWindow, faultsOf } from './model.js';

describe('crash model', () => {
  it('collects every heartbeat time per actor, up to the playhead', () => {
    const end = crashModelAt(sigsegvRun, sigsegvRun.length - 1);
    const beats = sigsegvRun.filter((event) => event.kind === 'actor.heartbeat');
    const total = Object.values(end.beats).reduce((sum, times) => sum + times.length, 0);
    expect(total).toBe(beats.length);
    expect(end.beats['proc-1']?.every((t, i, all) => i === 0 || t >= (all[i - 1] ?? 0))).toBe(true);
    const early = crashModelAt(sigsegvRun, 10);
    expect(Object.values(early.beats).flat().length).toBeLessThan(total);
    expect(early.now).toBe(sigsegvRun[10]?.t);
  });

  it('records both sides’ faults at the same moment', () => {
    const model = crashModelAt(sigsegvRun, sigsegvRun.length - 1);
    expect(faultsOf(model, 'processes').map((fault) => [fault.actor, fault.fault])).toEqual([['proc-2', 'sigsegv']]);
    expect(faultsOf(model, 'threads').map((fault) => [fault.actor, fault.fault])).toEqual([['thread-2', 'sigsegv']]);
    const [processFault] = faultsOf(model, 'processes');
    const [threadFault] = faultsOf(model, 'threads');
    // Scheduled together by the host: well under a beat apart.
    expect(Math.abs((processFault?.t ?? 0) - (threadFault?.t ?? 1e12))).toBeLessThan(100e6);
  });

  it('keeps the scribble over the shared records and who then read corrupt records', () => {
    const model = crashModelAt(corruptionRun, corruptionRun.length - 1);
    expect(model.recordsWrite).toMatchObject({ actor: 'thread-2', value: -1 });
    expect(model.corruptSeen['thread-1']?.value).toBe(8);
    expect(model.corruptSeen['thread-3']?.value).toBe(8);
    expect(model.corruptSeen['proc-2']?.value).toBe(8);
    expect(model.corruptSeen['proc-1']).toBeUndefined();
  });

  it('spans the strips from just before the first heartbeat to the end of the log', () => {
    const window = crashWindow(sigsegvRun);
    const firstBeat = sigsegvRun.find((event) => event.kind === 'actor.heartbeat')?.t ?? 0;
    expect(window.from).toBeLessThan(firstBeat);
    expect(window.to).toBe(sigsegvRun.at(-1)?.t);
    expect(crashWindow([]).to - crashWindow([]).from).toBe(3e9);
  });
});
