import { describe, expect, it } from 'vitest';
import { createManualFrameSource } from '../clock/frameSource.js';
import { createPresentationClock } from '../clock/presentationClock.js';
import type { MessageInFlight } from '../scene/types.js';
import { messageInFlight, motionProgress, restingMessages, selectMotionProgress, selectSteppedProgress } from './motion.js';

const message = (msg: string): MessageInFlight => ({ msg, from: 'host', to: 'child-1', channel: 'ipc', bytes: 43, sentAt: 0 });

describe('motionProgress', () => {
  it('follows the frame while playing, and draws everything where it ends when paused or with reduced motion', () => {
    expect(motionProgress(0.25, true, false)).toBe(0.25);
    expect(motionProgress(0.25, false, false)).toBe(1);
    expect(motionProgress(0.25, true, true)).toBe(1);
    expect(motionProgress(0, false, true)).toBe(1);
  });

  it('reads the clock: the fraction changes from frame to frame, the stepped progress never does', () => {
    const frames = createManualFrameSource();
    const clock = createPresentationClock({ frames, pacing: { slowMotion: 100, minGapMs: 200, maxGapMs: 1000 } });
    clock.load([0, 10_000_000, 20_000_000], false);
    clock.play();
    const seen = new Set<number>();
    const stepped = new Set<number>();
    for (let frame = 0; frame < 10; frame += 1) {
      frames.advance(16);
      seen.add(selectMotionProgress(clock.getState()));
      stepped.add(selectSteppedProgress());
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].every((progress) => progress >= 0 && progress <= 1)).toBe(true);
    expect([...stepped]).toEqual([1]);
    clock.pause();
    expect(selectMotionProgress(clock.getState())).toBe(1);
    clock.dispose();
  });
});

describe('resting and moving messages', () => {
  const messages = { a: message('a'), b: message('b'), c: message('c') };

  it('keeps every message still except the moving one, in the scene’s order', () => {
    expect(restingMessages(messages, undefined).map((item) => item.msg)).toEqual(['a', 'b', 'c']);
    expect(restingMessages(messages, 'b').map((item) => item.msg)).toEqual(['a', 'c']);
    expect(restingMessages(messages, 'gone').map((item) => item.msg)).toEqual(['a', 'b', 'c']);
  });

  it('finds the moving message only among those in flight', () => {
    expect(messageInFlight(messages, 'c')).toBe(messages.c);
    expect(messageInFlight(messages, undefined)).toBeUndefined();
    expect(messageInFlight(messages, 'toString')).toBeUndefined();
    expect(messageInFlight(messages, '__proto__')).toBeUndefined();
  });

  it('draws each message in flight exactly once: resting, or moving', () => {
    for (const moving of [undefined, 'a', 'b', 'c', 'gone']) {
      const drawn = [...restingMessages(messages, moving), ...[messageInFlight(messages, moving)].filter((item) => item !== undefined)];
      expect(drawn.map((item) => item.msg).sort()).toEqual(['a', 'b', 'c']);
    }
  });
});
