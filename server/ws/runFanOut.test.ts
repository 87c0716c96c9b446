import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../shared/protocol.js';
import { appendEvents, createRunRecord, setStatus } from '../runs/runRecord.js';
import { createRunFanOut, type Follower } from './runFanOut.js';

const event = (seq: number): LabEvent => ({ run: 'r1', seq, t: seq, kind: 'phase', name: `phase ${seq}` }) as LabEvent;
const batch = (from: number, count: number) => Array.from({ length: count }, (_, index) => event(from + index));

function recorder(): Follower & { frames: Buffer[]; messages(): { type: string; events?: LabEvent[]; serverSentNs?: string; run?: unknown }[] } {
  const frames: Buffer[] = [];
  return { frames, deliver: (frame) => frames.push(frame), messages: () => frames.map((frame) => JSON.parse(frame.toString('utf8'))) };
}

describe('run fan-out', () => {
  it('writes the very same bytes to every follower, encoded once per frame', () => {
    const run = createRunRecord('r1', 'memory', {});
    const fanOut = createRunFanOut({ chunkSize: 2_000 });
    const [a, b] = [recorder(), recorder()];
    fanOut.follow(run, a);
    fanOut.follow(run, b);
    appendEvents(run, batch(0, 3));
    const last = (follower: ReturnType<typeof recorder>) => follower.frames.at(-1);
    expect(last(a)).toBe(last(b));
    expect(a.messages().at(-1)).toMatchObject({ type: 'events', run: 'r1', events: batch(0, 3) });
    expect(a.messages().at(-1)?.serverSentNs).toMatch(/^\d+$/);
  });

  it('splits a large batch into frames of at most chunkSize events, in order', () => {
    const run = createRunRecord('r1', 'memory', {});
    const fanOut = createRunFanOut({ chunkSize: 4 });
    const a = recorder();
    fanOut.follow(run, a);
    appendEvents(run, batch(0, 10));
    const eventFrames = a.messages().filter((message) => message.type === 'events');
    expect(eventFrames.map((message) => message.events?.length)).toEqual([4, 4, 2]);
    expect(eventFrames.flatMap((message) => message.events?.map((e) => e.seq))).toEqual([...Array(10).keys()]);
  });

  it('gives a late follower the log so far and the status, then the live batches, with no gap or repeat', () => {
    const run = createRunRecord('r1', 'memory', {});
    const fanOut = createRunFanOut({ chunkSize: 2 });
    const early = recorder();
    fanOut.follow(run, early);
    appendEvents(run, batch(0, 5));
    setStatus(run, 'running');
    const late = recorder();
    fanOut.follow(run, late);
    appendEvents(run, batch(5, 2));
    const seqs = (follower: ReturnType<typeof recorder>) => follower.messages().flatMap((message) => message.events?.map((e) => e.seq) ?? []);
    expect(seqs(late)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seqs(early)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(late.messages().find((message) => message.type === 'run.status')).toMatchObject({ run: { status: 'running', eventCount: 5 } });
  });

  it('stops listening to the run when its last follower leaves', () => {
    const run = createRunRecord('r1', 'memory', {});
    const fanOut = createRunFanOut({ chunkSize: 2_000 });
    const [a, b] = [recorder(), recorder()];
    const stopA = fanOut.follow(run, a);
    const stopB = fanOut.follow(run, b);
    stopA();
    expect(run.listeners.size).toBe(1);
    appendEvents(run, batch(0, 1));
    expect(a.messages().some((message) => message.type === 'events')).toBe(false);
    stopB();
    expect(run.listeners.size).toBe(0);
    expect(fanOut.channelCount()).toBe(0);
    // Following again opens a new channel that starts from the log so far.
    const c = recorder();
    fanOut.follow(run, c);
    expect(c.messages().flatMap((message) => message.events?.map((e) => e.seq) ?? [])).toEqual([0]);
  });
});
