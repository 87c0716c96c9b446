/**
 * The arithmetic of a classroom room, framework-free and tested alone:
 *   presenter side: what to announce (the playhead) and when (throttling);
 *   follower side: what to do to the local presentation clock so it shows
 *   what the presenter shows.
 * A room shares the event log and the playhead, never pixels: every
 * follower replays the same events to the same index.
 */
import type { RoomPlayhead } from '../../../shared/protocol.js';
import { playbackSpeeds, type PlaybackSpeed } from '../clock/presentationClock.js';

/** The part of the presentation clock the room cares about. */
export type ClockView = {
  index: number;
  playing: boolean;
  speed: number;
  eventCount: number;
  atEnd: boolean;
};

export type ClockCommand =
  | { type: 'speed'; speed: PlaybackSpeed }
  | { type: 'pause' }
  | { type: 'seek'; index: number }
  | { type: 'toEnd' }
  | { type: 'play' };

/** The offered speed closest to `speed` (on a log scale: 3× is nearer 4× than 2×). */
export function nearestSpeed(speed: number): PlaybackSpeed {
  let best: PlaybackSpeed = 1;
  let bestDistance = Infinity;
  for (const option of playbackSpeeds) {
    const distance = Math.abs(Math.log(option) - Math.log(Math.max(1e-6, speed)));
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** What the presenter's page announces, given its lesson, the run on stage (if it belongs to the lesson) and its clock. */
export function presenterPlayhead(lesson: string | null, run: string | null, clock: Pick<ClockView, 'index' | 'playing' | 'speed'>): RoomPlayhead {
  return {
    lesson,
    run: lesson === null ? null : run,
    index: run === null ? 0 : Math.max(0, clock.index),
    playing: run !== null && clock.playing,
    speed: clock.speed,
  };
}

/**
 * How many events a playing follower may be off before it is moved. The
 * presenter announces at most every 100 ms, so at 4× a few events pass
 * between two announcements; seeking on every small difference would make
 * the stage stutter instead of glide.
 */
export function playingTolerance(speed: number): number {
  return Math.max(1, Math.ceil(speed * 0.75));
}

/**
 * The commands that bring a follower's clock to the presenter's playhead, in
 * order. Events may still be arriving: the follower goes as far as it can
 * (the last event it holds) and is asked again when more come.
 */
export function followerCommands(target: RoomPlayhead, local: ClockView): ClockCommand[] {
  const commands: ClockCommand[] = [];
  const speed = nearestSpeed(target.speed);
  if (speed !== local.speed) commands.push({ type: 'speed', speed });
  if (local.eventCount === 0) {
    if (!target.playing && local.playing) commands.push({ type: 'pause' });
    return commands;
  }
  const last = local.eventCount - 1;
  const index = Math.min(target.index, last);

  if (!target.playing) {
    if (local.playing) commands.push({ type: 'pause' });
    // The presenter paused on the last event: show it completely, as after "skip to end".
    if (target.index >= last) {
      if (!local.atEnd) commands.push({ type: 'toEnd' });
    } else if (local.index !== index || local.atEnd) {
      commands.push({ type: 'seek', index });
    }
    return commands;
  }

  if (Math.abs(local.index - index) > playingTolerance(speed)) commands.push({ type: 'seek', index });
  // At the very end, play() would start over from the first event: stay at the end instead.
  const willBeAtEnd = local.atEnd && !commands.some((command) => command.type === 'seek');
  if (!local.playing && !willBeAtEnd) commands.push({ type: 'play' });
  return commands;
}

/** True when the follower's clock could not reach the target because events are still missing. */
export function awaitsEvents(target: RoomPlayhead, eventCount: number): boolean {
  return target.run !== null && target.index > eventCount - 1;
}

// ---------------------------------------------------------------- presenter throttling

export type SendLimits = {
  /** Least time between two announcements of a playing clock's progress, ms. Default 100 (≤ 10 a second). */
  continuousMs: number;
  /** Least time between two announcements of discrete changes (pause, seek, speed, run, lesson), ms. Default 50. */
  discreteMs: number;
};

export const defaultSendLimits: SendLimits = { continuousMs: 100, discreteMs: 50 };

export function samePlayhead(a: RoomPlayhead, b: RoomPlayhead): boolean {
  return a.lesson === b.lesson && a.run === b.run && a.index === b.index && a.playing === b.playing && a.speed === b.speed;
}

/**
 * A discrete change is something a person did (or a new run): followers
 * should see it at once. A playing clock moving on by an event or two is
 * continuous: followers play along on their own and only need corrections.
 */
export function isDiscreteChange(previous: RoomPlayhead | undefined, next: RoomPlayhead): boolean {
  if (!previous) return true;
  if (previous.lesson !== next.lesson || previous.run !== next.run) return true;
  if (previous.playing !== next.playing || previous.speed !== next.speed) return true;
  if (!next.playing) return previous.index !== next.index;
  // Playing and jumping (a scrub while playing): discrete too.
  return next.index < previous.index || next.index - previous.index > 2;
}

export type SendPlan = { kind: 'skip' } | { kind: 'now' } | { kind: 'later'; delayMs: number };

/**
 * When to announce `next`, given the last announcement: now, after a delay
 * (then announce whatever is current by then), or not at all (nothing changed).
 */
export function planSend(
  last: { state: RoomPlayhead; at: number } | undefined,
  next: RoomPlayhead,
  now: number,
  limits: SendLimits = defaultSendLimits,
): SendPlan {
  if (last && samePlayhead(last.state, next)) return { kind: 'skip' };
  if (!last) return { kind: 'now' };
  const gap = isDiscreteChange(last.state, next) ? limits.discreteMs : limits.continuousMs;
  const elapsed = now - last.at;
  return elapsed >= gap ? { kind: 'now' } : { kind: 'later', delayMs: gap - elapsed };
}
