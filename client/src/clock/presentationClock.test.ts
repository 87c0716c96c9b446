import { describe, expect, it } from 'vitest';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { createManualFrameSource } from './frameSource.js';
import { defaultPacing, extendSchedule, presentationGap } from './pacing.js';
import { createPresentationClock } from './presentationClock.js';

const ms = 1_000_000;
const pacing = { slowMotion: 100, minGapMs: 200, maxGapMs: 1000 };

function setup(times: number[], live = false) {
  const frames = createManualFrameSource();
  const clock = createPresentationClock({ frames, pacing });
  clock.load(times, live);
  return { frames, clock };
}

describe('pacing', () => {
  it('slows real gaps down and clamps them between min and max', () => {
    expect(presentationGap(0, pacing)).toBe(200);
    expect(presentationGap(5 * ms, pacing)).toBe(500);
    expect(presentationGap(3_000 * ms, pacing)).toBe(1000);
  });

  it('makes the default memory run last 10 to 20 s at 1×', () => {
    const schedule = extendSchedule([], recordedMemoryRun.map((event) => event.t), defaultPacing);
    const seconds = ((schedule.at(-1) ?? 0) + defaultPacing.minGapMs) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(10);
    expect(seconds).toBeLessThanOrEqual(20);
  });
});

describe('presentationClock', () => {
  it('starts paused on the first event', () => {
    const { clock } = setup([0, 1 * ms, 2 * ms]);
    expect(clock.getState()).toMatchObject({ index: 0, fraction: 0, playing: false, eventCount: 3, durationMs: 400 + 200 });
  });

  it('plays at 1×, moves through events, and stops at the end of a finished run', () => {
    const { clock, frames } = setup([0, 5 * ms, 6 * ms]);
    clock.play();
    frames.advance(250);
    expect(clock.getState().index).toBe(0);
    expect(clock.getState().fraction).toBeCloseTo(0.5, 1);
    frames.advance(300);
    expect(clock.getState().index).toBe(1);
    frames.advance(2000);
    expect(clock.getState()).toMatchObject({ index: 2, fraction: 1, atEnd: true, playing: false });
    expect(frames.pendingFrames()).toBe(0);
  });

  it('honours the speed', () => {
    const { clock, frames } = setup([0, 5 * ms]);
    clock.setSpeed(4);
    clock.play();
    frames.advance(130);
    expect(clock.getState().index).toBe(1);
    clock.setSpeed(0.25);
    const before = clock.getState().timeMs;
    frames.advance(100);
    expect(clock.getState().timeMs - before).toBeCloseTo(25, 0);
  });

  it('steps forward and back one event at a time, pausing', () => {
    const { clock } = setup([0, 1 * ms, 2 * ms, 3 * ms]);
    clock.play();
    clock.stepForward();
    clock.stepForward();
    expect(clock.getState()).toMatchObject({ index: 2, fraction: 0, playing: false });
    clock.stepBack();
    expect(clock.getState().index).toBe(1);
    clock.stepBack();
    clock.stepBack();
    expect(clock.getState().index).toBe(0);
  });

  it('seeks by index and to the end', () => {
    const { clock } = setup([0, 1 * ms, 2 * ms, 3 * ms]);
    clock.seek(2);
    expect(clock.getState().index).toBe(2);
    clock.seek(99);
    expect(clock.getState().index).toBe(3);
    clock.seekToEnd();
    expect(clock.getState()).toMatchObject({ index: 3, atEnd: true });
  });

  it('restarts from the beginning when play is pressed at the end of a finished run', () => {
    const { clock } = setup([0, 1 * ms]);
    clock.seekToEnd();
    clock.play();
    expect(clock.getState()).toMatchObject({ index: 0, playing: true });
  });

  it('follows a live run: waits at the end while playing, then continues with new events', () => {
    const { clock, frames } = setup([], true);
    clock.play();
    frames.advance(100);
    expect(clock.getState()).toMatchObject({ index: -1, playing: true });
    clock.append([0, 1 * ms]);
    frames.advance(1000);
    expect(clock.getState()).toMatchObject({ index: 1, atEnd: true, playing: true });
    clock.append([50 * ms]);
    frames.advance(300);
    expect(clock.getState().index).toBe(1);
    frames.advance(800);
    expect(clock.getState().index).toBe(2);
    clock.setLive(false);
    frames.advance(1000);
    expect(clock.getState()).toMatchObject({ index: 2, playing: false, atEnd: true });
  });

  it('notifies subscribers only when something changed, and not after unsubscribe', () => {
    const { clock, frames } = setup([0, 1 * ms]);
    let calls = 0;
    const unsubscribe = clock.subscribe(() => {
      calls += 1;
    });
    clock.pause();
    expect(calls).toBe(0);
    clock.play();
    frames.advance(48, 16);
    expect(calls).toBe(4);
    unsubscribe();
    frames.advance(48, 16);
    expect(calls).toBe(4);
  });

  it('does not leap forward after a long pause between frames (hidden tab)', () => {
    const { clock, frames } = setup([0, 1 * ms, 2 * ms, 3 * ms, 4 * ms]);
    clock.play();
    frames.advance(10_000, 10_000);
    expect(clock.getState().timeMs).toBeLessThanOrEqual(100);
  });

  it('keeps the playhead on its event when reading holds stretch the schedule, and appends with them', () => {
    const { clock } = setup([0, 1 * ms, 2 * ms, 3 * ms], true);
    clock.seek(2);
    expect(clock.getState()).toMatchObject({ index: 2, timeMs: 400 });
    clock.setHolds([{ from: 1, until: 2, minMs: 3000 }, { from: 2, until: 5, minMs: 2500 }]);
    // Event 2 now starts 3 s after event 1 (at 200 ms): the playhead is still on event 2, at its start.
    expect(clock.getState()).toMatchObject({ index: 2, fraction: 0, timeMs: 3200 });
    clock.append([4 * ms, 5 * ms]);
    // Event 5 arrives after the hold was set: it still waits 2.5 s after event 2.
    expect(clock.getState().durationMs).toBe(3200 + 2500 + pacing.minGapMs);
    clock.load([0, 1 * ms], false);
    expect(clock.getState().durationMs).toBe(200 + 200);
  });
});

