/**
 * Bounds work whose cost grows with a run's size (reading a log, building a
 * trace, streaming a live log): at most `concurrency` tasks at once, at most
 * `maxWaiting` more waiting; past that a request is refused at once (busy)
 * rather than queued without end. A waiter whose client left (its signal
 * aborted) leaves the queue and its task never starts.
 */

/** Thrown when the queue is full: the caller should answer 503 with `message`. */
export class BusyError extends Error {}

/** Thrown when the caller's signal aborted (its client went away). */
export class GoneError extends Error {}

export type WorkLimiter = {
  /** Runs `task` when a slot is free; rejects with BusyError or GoneError without running it. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running and waiting now (for tests and diagnostics). */
  load(): { running: number; waiting: number };
};

type Waiter = { start: () => void; signal?: AbortSignal; onAbort: () => void };

export function createWorkLimiter(options: { concurrency: number; maxWaiting: number; busyMessage: string }): WorkLimiter {
  let running = 0;
  const waiting: Waiter[] = [];

  const release = (): void => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      next.signal?.removeEventListener('abort', next.onAbort);
      next.start();
    }
  };

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) return Promise.reject(new GoneError('the client went away'));
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          running += 1;
          task().then(resolve, reject).finally(release);
        };
        if (running < options.concurrency) {
          start();
          return;
        }
        if (waiting.length >= options.maxWaiting) {
          reject(new BusyError(options.busyMessage));
          return;
        }
        const waiter: Waiter = {
          start,
          signal,
          onAbort: () => {
            const index = waiting.indexOf(waiter);
            if (index >= 0) waiting.splice(index, 1);
            reject(new GoneError('the client went away'));
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        waiting.push(waiter);
      });
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}
