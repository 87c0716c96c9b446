/**
 * The presentation clock: a playhead over a run's event list that people can
 * play, pause, step, scrub and speed up, while live events keep arriving.
 *
 * Framework-free, with its own subscribe: it changes up to 60 times a second
 * while playing, so only the stage and the playback controls listen to it
 * (the rest of the app, wired to the zustand store, never wakes up for a tick).
 *
 * Position model: every event i has a presentation time schedule[i] (ms, see
 * pacing.ts). The playhead `timeMs` moves along it; the current event is the
 * last one whose time has come, and `fraction` is how far the playhead is into
 * that event's slot (0..1) — the stage uses it to glide a write or a packet.
 * The last event's slot is `minGapMs` long, so its animation also completes.
 */
import { browserFrameSource, type FrameSource } from './frameSource.js';
import { defaultPacing, extendSchedule, indexAtTime, type Pacing, type ReadingHold } from './pacing.js';

export const playbackSpeeds = [0.25, 0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof playbackSpeeds)[number];

export type ClockState = {
  /** The current event, or -1 before the first. */
  index: number;
  /** Progress through the current event's slot, 0..1. */
  fraction: number;
  /** Playhead and total length on the presentation timeline, ms. */
  timeMs: number;
  durationMs: number;
  eventCount: number;
  playing: boolean;
  speed: PlaybackSpeed;
  /** More events may still arrive: at the end, a playing clock waits for them instead of stopping. */
  live: boolean;
  /** The playhead is at the end of the last event's slot. */
  atEnd: boolean;
  /** How many times an event list was loaded: what depends on one run's list (reading holds) is set again after each. */
  loads: number;
};

export type PresentationClock = {
  getState(): ClockState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Replaces the event list (real times in ns) and rewinds to the first event, paused. */
  load(times: readonly number[], live: boolean): void;
  /** Adds real times of newly arrived events (the list only grows). */
  append(times: readonly number[]): void;
  /** Marks whether more events may arrive. */
  setLive(live: boolean): void;
  /**
   * Replaces the reading holds (pacing.ts): the playhead stays on the same
   * event, at the same point of its slot. `load` clears them (a new run).
   */
  setHolds(holds: readonly ReadingHold[]): void;
  /** Starts playing; from the end of a finished run it starts over. */
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Pauses and shows the next / previous event from its start. */
  stepForward(): void;
  stepBack(): void;
  /** Moves to the start of event `index` (clamped); keeps playing if it was. */
  seek(index: number): void;
  /** Pauses at the very end, every event shown. */
  seekToEnd(): void;
  setSpeed(speed: PlaybackSpeed): void;
  /** Stops the frame loop for good. */
  dispose(): void;
};

export type ClockOptions = {
  pacing?: Partial<Pacing>;
  frames?: FrameSource;
  /**
   * Longest frame, ms. A hidden tab gets no frames; when it comes back, the
   * playhead continues instead of leaping over everything that "happened" meanwhile.
   */
  maxFrameMs?: number;
};

export function createPresentationClock(options: ClockOptions = {}): PresentationClock {
  const pacing: Pacing = { ...defaultPacing, ...options.pacing };
  const frames = options.frames ?? browserFrameSource;
  const maxFrameMs = options.maxFrameMs ?? 100;
  const listeners = new Set<() => void>();

  let times: number[] = [];
  let schedule: number[] = [];
  let holds: readonly ReadingHold[] = [];
  let loads = 0;
  let timeMs = 0;
  let playing = false;
  let speed: PlaybackSpeed = 1;
  let live = false;
  let frameHandle: number | undefined;
  let lastFrameAt = 0;
  let state = computeState();

  function endTime(): number {
    const last = schedule[schedule.length - 1];
    return last === undefined ? 0 : last + pacing.minGapMs;
  }

  function computeState(): ClockState {
    const index = indexAtTime(schedule, timeMs);
    const startAt = schedule[index] ?? 0;
    const slot = (schedule[index + 1] ?? startAt + pacing.minGapMs) - startAt;
    const fraction = index < 0 ? 0 : Math.min(1, Math.max(0, (timeMs - startAt) / slot));
    const durationMs = endTime();
    return {
      index,
      fraction,
      timeMs,
      durationMs,
      eventCount: schedule.length,
      playing,
      speed,
      live,
      atEnd: schedule.length > 0 && timeMs >= durationMs,
      loads,
    };
  }

  /** Publishes a new state if anything visible changed. */
  function publish(): void {
    const next = computeState();
    const same = (Object.keys(next) as Array<keyof ClockState>).every((key) => next[key] === state[key]);
    if (same) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function startFrames(): void {
    if (frameHandle !== undefined) return;
    lastFrameAt = frames.now();
    frameHandle = frames.requestFrame(onFrame);
  }

  function stopFrames(): void {
    if (frameHandle !== undefined) frames.cancelFrame(frameHandle);
    frameHandle = undefined;
  }

  function onFrame(): void {
    frameHandle = undefined;
    if (!playing) return;
    const now = frames.now();
    const elapsed = Math.min(maxFrameMs, Math.max(0, now - lastFrameAt));
    lastFrameAt = now;
    timeMs = Math.min(endTime(), timeMs + elapsed * speed);
    // A finished run stops at its end; a live one keeps "playing" and waits for more events.
    if (timeMs >= endTime() && !live) playing = false;
    publish();
    if (playing) {
      frameHandle = frames.requestFrame(onFrame);
    }
  }

  function setPlaying(value: boolean): void {
    playing = value;
    if (playing) startFrames();
    else stopFrames();
  }

  function moveTo(targetMs: number): void {
    timeMs = Math.max(0, Math.min(endTime(), targetMs));
  }

  function play(): void {
    if (schedule.length > 0 && timeMs >= endTime() && !live) timeMs = 0;
    setPlaying(true);
    publish();
  }

  function pause(): void {
    setPlaying(false);
    publish();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(newTimes, isLive) {
      times = [...newTimes];
      holds = [];
      loads += 1;
      schedule = extendSchedule([], times, pacing);
      timeMs = 0;
      live = isLive;
      setPlaying(false);
      publish();
    },
    append(newTimes) {
      if (newTimes.length === 0) return;
      times = times.concat(newTimes);
      schedule = extendSchedule(schedule, times, pacing, holds);
      publish();
    },
    setHolds(newHolds) {
      holds = [...newHolds];
      const { index, fraction } = computeState();
      const atEnd = schedule.length > 0 && timeMs >= endTime();
      const startBefore = schedule[index];
      schedule = extendSchedule([], times, pacing, holds);
      if (atEnd) timeMs = endTime();
      // Holds found one event ahead move only later events: the playhead stays where it is, in time.
      else if (index >= 0 && schedule[index] !== startBefore) {
        const startAt = schedule[index] ?? 0;
        const slot = (schedule[index + 1] ?? startAt + pacing.minGapMs) - startAt;
        timeMs = startAt + fraction * slot;
      }
      publish();
    },
    setLive(isLive) {
      live = isLive;
      if (!live && playing && timeMs >= endTime()) setPlaying(false);
      publish();
    },
    play,
    pause,
    togglePlay: () => (playing ? pause() : play()),
    stepForward() {
      setPlaying(false);
      const next = schedule[state.index + 1];
      moveTo(next ?? endTime());
      publish();
    },
    stepBack() {
      setPlaying(false);
      moveTo(schedule[Math.max(0, state.index - 1)] ?? 0);
      publish();
    },
    seek(index) {
      const clamped = Math.max(0, Math.min(schedule.length - 1, Math.floor(index)));
      moveTo(schedule[clamped] ?? 0);
      publish();
    },
    seekToEnd() {
      setPlaying(false);
      moveTo(endTime());
      publish();
    },
    setSpeed(newSpeed) {
      speed = newSpeed;
      publish();
    },
    dispose() {
      setPlaying(false);
      listeners.clear();
    },
  };
}
