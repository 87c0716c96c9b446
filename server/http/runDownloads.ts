/**
 * GET /api/runs/:id/events and /trace: the two answers whose cost grows with
 * a run's size. An ended run's log comes from the shared log cache (read from
 * disk once for every request and WebSocket replay); the work is bounded by
 * WorkLimiters (few at once, a short queue, then 503); the body is written
 * chunk by chunk, waiting for the client to take each one; and a client that
 * goes away stops its request's work.
 */
import type { Request, Response } from 'express';
import { isEndedStatus, type LabEvent } from '../../shared/protocol.js';
import { toTraceEvents } from '../../shared/traceExport.js';
import type { RunArchive } from '../runs/runArchive.js';
import { ndjsonOfFrame, sharedRunLogCache } from '../runs/runLogCache.js';
import type { RunManager } from '../runs/runManager.js';
import { BusyError, createWorkLimiter, GoneError } from '../runs/workLimiter.js';

/** Events serialized per write when streaming a live run's log. */
const LIVE_CHUNK = 2_000;

/** An AbortSignal that fires when the client leaves before the answer is complete. */
function clientGone(response: Response): AbortSignal {
  const abort = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) abort.abort();
  });
  return abort.signal;
}

/** Writes one piece, waiting for the client to take it if the socket's buffer is full; false if the client left. */
function writePiece(response: Response, piece: string, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (response.write(piece)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve(!signal.aborted && !response.destroyed);
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

const notFound = (response: Response, runId: string) =>
  response.status(404).type('application/json').json({ error: `no run with id "${runId.slice(0, 64)}"` });

function refuse(response: Response, error: unknown): void {
  if (error instanceof GoneError || response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof BusyError) {
    response.status(503).set('Retry-After', '5').json({ error: error.message });
    return;
  }
  response.status(500).json({ error: `the run could not be read: ${String(error)}`.slice(0, 500) });
}

export function runDownloads({ runManager, archive }: { runManager: RunManager; archive: RunArchive }) {
  const cache = sharedRunLogCache(archive, runManager);
  const liveStreams = createWorkLimiter({
    concurrency: 4,
    maxWaiting: 8,
    busyMessage: 'too many downloads of running runs at once; try again in a few seconds',
  });
  const traceBuilds = createWorkLimiter({
    concurrency: 1,
    maxWaiting: 4,
    busyMessage: 'too many traces are being built at once; try again in a few seconds',
  });

  /** The events of a run, from memory if it is still live, else from the cache; undefined if none. */
  async function eventsOf(runId: string, signal: AbortSignal): Promise<readonly LabEvent[] | undefined> {
    const run = runManager.get(runId);
    if (run && !isEndedStatus(run.status)) return run.events.slice();
    const log = await cache.get(runId, signal);
    if (!log) return undefined;
    const events: LabEvent[] = [];
    for (const frame of log.frames) {
      // Validated when the log was read: parsing back needs no second check.
      events.push(...(JSON.parse(frame.toString('utf8')) as { events: LabEvent[] }).events);
      await new Promise((resolve) => setImmediate(resolve));
      if (signal.aborted) throw new GoneError('the client went away');
    }
    return events;
  }

  return {
    async events(request: Request<{ id: string }>, response: Response): Promise<void> {
      const runId = request.params.id;
      const signal = clientGone(response);
      try {
        const run = runManager.get(runId);
        if (run && !isEndedStatus(run.status)) {
          await liveStreams.run(async () => {
            // The log only grows: what exists now is a consistent prefix.
            const count = run.events.length;
            response.type('application/x-ndjson');
            for (let start = 0; start < count; start += LIVE_CHUNK) {
              const piece = run.events.slice(start, Math.min(count, start + LIVE_CHUNK)).map((event) => `${JSON.stringify(event)}\n`).join('');
              if (!(await writePiece(response, piece, signal))) return;
            }
            response.end();
          }, signal);
          return;
        }
        const log = await cache.get(runId, signal);
        if (!log) {
          notFound(response, runId);
          return;
        }
        response.type('application/x-ndjson');
        for (const frame of log.frames) {
          if (!(await writePiece(response, ndjsonOfFrame(frame, runId), signal))) return;
        }
        response.end();
      } catch (error) {
        refuse(response, error);
      }
    },

    async trace(request: Request<{ id: string }>, response: Response): Promise<void> {
      const runId = request.params.id;
      const signal = clientGone(response);
      try {
        await traceBuilds.run(async () => {
          const events = await eventsOf(runId, signal);
          if (!events) {
            notFound(response, runId);
            return;
          }
          if (signal.aborted) return;
          response.attachment(`run-${runId}.trace.json`).json(toTraceEvents(events));
        }, signal);
      } catch (error) {
        refuse(response, error);
      }
    },
  };
}
