import { describe, expect, it } from 'vitest';
import type { RoomPlayhead } from '../../../shared/protocol.js';
import { awaitsEvents, followerCommands, isDiscreteChange, nearestSpeed, planSend, presenterPlayhead, type ClockView } from './roomSync.js';

const room = (patch: Partial<RoomPlayhead> = {}): RoomPlayhead => ({ lesson: 'memory', run: 'r1', index: 10, playing: false, speed: 1, ...patch });
const clock = (patch: Partial<ClockView> = {}): ClockView => ({ index: 0, playing: false, speed: 1, eventCount: 40, atEnd: false, ...patch });

describe('nearestSpeed', () => {
  it('maps any room speed to an offered one, on a log scale', () => {
    expect(nearestSpeed(1)).toBe(1);
    expect(nearestSpeed(3)).toBe(4);
    expect(nearestSpeed(2.5)).toBe(2);
    expect(nearestSpeed(0.3)).toBe(0.25);
    expect(nearestSpeed(64)).toBe(4);
  });
});

describe('presenterPlayhead', () => {
  it('announces the lesson, its run and the clock', () => {
    expect(presenterPlayhead('memory', 'r1', { index: 7, playing: true, speed: 2 })).toEqual(room({ index: 7, playing: true, speed: 2 }));
  });
  it('never announces a negative index, nor playing without a run', () => {
    expect(presenterPlayhead('memory', 'r1', { index: -1, playing: false, speed: 1 }).index).toBe(0);
    expect(presenterPlayhead('memory', null, { index: 5, playing: true, speed: 1 })).toEqual(room({ run: null, index: 0 }));
    expect(presenterPlayhead(null, 'r1', { index: 5, playing: false, speed: 1 }).run).toBeNull();
  });
});

describe('followerCommands', () => {
  it('moves a paused follower to the presenter’s paused index', () => {
    expect(followerCommands(room({ index: 10 }), clock({ index: 3 }))).toEqual([{ type: 'seek', index: 10 }]);
  });

  it('does nothing when already there', () => {
    expect(followerCommands(room({ index: 10 }), clock({ index: 10 }))).toEqual([]);
    expect(followerCommands(room({ index: 12, playing: true }), clock({ index: 12, playing: true }))).toEqual([]);
  });

  it('pauses before seeking, and adopts the speed first', () => {
    expect(followerCommands(room({ index: 5, speed: 2 }), clock({ index: 20, playing: true }))).toEqual([
      { type: 'speed', speed: 2 },
      { type: 'pause' },
      { type: 'seek', index: 5 },
    ]);
  });

  it('shows the last event completely when the presenter paused on it', () => {
    expect(followerCommands(room({ index: 39 }), clock({ index: 12 }))).toEqual([{ type: 'toEnd' }]);
    expect(followerCommands(room({ index: 39 }), clock({ index: 39, atEnd: true }))).toEqual([]);
    // Stepping back from the end is a real move.
    expect(followerCommands(room({ index: 38 }), clock({ index: 39, atEnd: true }))).toEqual([{ type: 'seek', index: 38 }]);
  });

  it('lets a playing follower glide within the tolerance, and corrects it beyond', () => {
    expect(followerCommands(room({ index: 10, playing: true }), clock({ index: 9, playing: true }))).toEqual([]);
    expect(followerCommands(room({ index: 10, playing: true }), clock({ index: 6, playing: true }))).toEqual([{ type: 'seek', index: 10 }]);
    // At 4× more slack: three events pass between two announcements.
    expect(followerCommands(room({ index: 10, playing: true, speed: 4 }), clock({ index: 7, playing: true, speed: 4 }))).toEqual([]);
  });

  it('starts a paused follower playing from the presenter’s index', () => {
    expect(followerCommands(room({ index: 10, playing: true }), clock({ index: 0 }))).toEqual([{ type: 'seek', index: 10 }, { type: 'play' }]);
  });

  it('does not restart a follower that already reached the end while the presenter finishes playing', () => {
    expect(followerCommands(room({ index: 39, playing: true }), clock({ index: 39, atEnd: true }))).toEqual([]);
  });

  it('goes as far as it can while events are still arriving (late joiner)', () => {
    const target = room({ index: 30 });
    expect(followerCommands(target, clock({ index: 0, eventCount: 12 }))).toEqual([{ type: 'toEnd' }]);
    expect(awaitsEvents(target, 12)).toBe(true);
    expect(awaitsEvents(target, 31)).toBe(false);
    expect(followerCommands(target, clock({ index: 0, eventCount: 0 }))).toEqual([]);
  });
});

describe('presenter throttling', () => {
  it('classifies changes', () => {
    expect(isDiscreteChange(undefined, room())).toBe(true);
    expect(isDiscreteChange(room({ playing: true, index: 4 }), room({ playing: true, index: 5 }))).toBe(false);
    expect(isDiscreteChange(room({ playing: true, index: 4 }), room({ playing: true, index: 20 }))).toBe(true);
    expect(isDiscreteChange(room({ playing: true }), room({ playing: false }))).toBe(true);
    expect(isDiscreteChange(room({ index: 4 }), room({ index: 5 }))).toBe(true);
    expect(isDiscreteChange(room(), room({ run: 'r2' }))).toBe(true);
  });

  it('announces progress at most 10 times a second, discrete changes sooner, nothing twice', () => {
    const playing = room({ playing: true, index: 4 });
    expect(planSend(undefined, playing, 0)).toEqual({ kind: 'now' });
    expect(planSend({ state: playing, at: 0 }, playing, 10)).toEqual({ kind: 'skip' });
    expect(planSend({ state: playing, at: 0 }, room({ playing: true, index: 5 }), 30)).toEqual({ kind: 'later', delayMs: 70 });
    expect(planSend({ state: playing, at: 0 }, room({ playing: true, index: 5 }), 100)).toEqual({ kind: 'now' });
    expect(planSend({ state: playing, at: 0 }, room({ playing: false, index: 4 }), 30)).toEqual({ kind: 'later', delayMs: 20 });
    expect(planSend({ state: playing, at: 0 }, room({ playing: false, index: 4 }), 60)).toEqual({ kind: 'now' });
  });

  it('keeps a simulated second of 4× playback under 10 progress messages', () => {
    let last: { state: RoomPlayhead; at: number } | undefined;
    let pendingUntil: number | undefined;
    let sent = 0;
    for (let now = 0; now <= 1000; now += 16) {
      const state = room({ playing: true, index: Math.floor(now / 40), speed: 4 });
      if (pendingUntil !== undefined && now < pendingUntil) continue;
      const plan = planSend(last, state, now);
      if (plan.kind === 'now') {
        last = { state, at: now };
        sent += 1;
        pendingUntil = undefined;
      } else if (plan.kind === 'later') pendingUntil = now + plan.delayMs;
    }
    expect(sent).toBeGreaterThan(5);
    expect(sent).toBeLessThanOrEqual(11);
  });
});
