/**
 * Pacing: when each event appears on the presentation clock.
 *
 * Real events are microseconds to hundreds of milliseconds apart; people need
 * about a fifth of a second per event to see it. Each real gap is slowed down
 * by `slowMotion`, then clamped: never shorter than `minGapMs` (so every event
 * gets its moment) and never longer than `maxGapMs` (so idle waits such as
 * "node is starting a child" do not bore the room). Ordering and relative
 * rhythm are kept; absolute durations are not, which is why the stage always
 * shows the real `t` next to the animation.
 */

export type Pacing = {
  /** Presentation ms per real ms. Default 100: 1 ms of real time is shown over 0.1 s. */
  slowMotion: number;
  /** Shortest time between two events on screen, ms. Default 160. */
  minGapMs: number;
  /** Longest time between two events on screen, ms. Default 500. */
  maxGapMs: number;
};

/**
 * The defaults make a default memory run (about 70 events over 0.8 s of real
 * time) last about 16 s at 1× (checked against a recorded run in the tests).
 */
export const defaultPacing: Pacing = { slowMotion: 100, minGapMs: 160, maxGapMs: 500 };

const NS_PER_MS = 1_000_000;

/** Presentation gap (ms) between two events `realGapNs` apart. */
export function presentationGap(realGapNs: number, pacing: Pacing): number {
  const slowed = (Math.max(0, realGapNs) / NS_PER_MS) * pacing.slowMotion;
  return Math.min(pacing.maxGapMs, Math.max(pacing.minGapMs, slowed));
}

/**
 * A pause for reading: event `until` is not shown earlier than `minMs` (at 1×)
 * after event `from`. A lesson asks for one when the note that event `from`
 * puts on the stage would otherwise be replaced (at event `until`) before a
 * room can read it (lessonKit/readingHolds.ts). Only the presentation waits:
 * the real `t` of every event stays as measured.
 */
export type ReadingHold = { from: number; until: number; minMs: number };

/**
 * Extends `schedule` (presentation ms of each event, first at 0) with the
 * events whose real times are `times[schedule.length..]`, keeping every
 * reading hold whose `until` is among them. Returns a new array.
 */
export function extendSchedule(schedule: readonly number[], times: readonly number[], pacing: Pacing, holds: readonly ReadingHold[] = []): number[] {
  const next = schedule.slice();
  const holdsUntil = new Map<number, ReadingHold[]>();
  for (const hold of holds) {
    if (hold.until < schedule.length || hold.from >= hold.until) continue;
    holdsUntil.set(hold.until, [...(holdsUntil.get(hold.until) ?? []), hold]);
  }
  for (let index = schedule.length; index < times.length; index += 1) {
    const previousAt = next[index - 1];
    const previousT = times[index - 1];
    const t = times[index] ?? 0;
    let at = previousAt === undefined || previousT === undefined ? 0 : previousAt + presentationGap(t - previousT, pacing);
    for (const hold of holdsUntil.get(index) ?? []) at = Math.max(at, (next[hold.from] ?? 0) + hold.minMs);
    next.push(at);
  }
  return next;
}

/** Index of the last entry of the ascending `schedule` that is ≤ `timeMs`, or -1. */
export function indexAtTime(schedule: readonly number[], timeMs: number): number {
  let low = 0;
  let high = schedule.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((schedule[middle] ?? Infinity) <= timeMs) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
