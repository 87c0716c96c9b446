/**
 * Where the clock gets time and frames from. The browser uses
 * performance.now + requestAnimationFrame; tests pass a fake and advance it
 * by hand, so no test waits on real timers.
 */
export type FrameSource = {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
};

export const browserFrameSource: FrameSource = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(() => callback()),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

/** A frame source driven by `advance(ms)`, for tests. */
export type ManualFrameSource = FrameSource & {
  /** Moves time forward by `ms` in frames of at most `frameMs` (default 16), running requested frames. */
  advance(ms: number, frameMs?: number): void;
  pendingFrames(): number;
};

export function createManualFrameSource(): ManualFrameSource {
  let time = 0;
  let nextHandle = 1;
  const callbacks = new Map<number, () => void>();
  return {
    now: () => time,
    requestFrame(callback) {
      const handle = nextHandle;
      nextHandle += 1;
      callbacks.set(handle, callback);
      return handle;
    },
    cancelFrame(handle) {
      callbacks.delete(handle);
    },
    advance(ms, frameMs = 16) {
      let left = ms;
      while (left > 0) {
        const step = Math.min(frameMs, left);
        time += step;
        left -= step;
        const due = [...callbacks.values()];
        callbacks.clear();
        for (const callback of due) callback();
      }
    },
    pendingFrames: () => callbacks.size,
  };
}
