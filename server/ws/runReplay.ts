/**
 * Replays an ended run's log to one WebSocket client, from the shared log
 * cache (runLogCache.ts), paced by the client's own reading: the next frame
 * is sent only once the previous one has left for the network. So a replay
 * holds at most one frame of this client's in the server's buffers, however
 * big the run and however slowly the client reads, and it stops as soon as
 * the client unsubscribes or goes.
 */
import { WebSocket } from 'ws';
import type { ServerMessage } from '../../shared/protocol.js';
import type { RunLogCache } from '../runs/runLogCache.js';
import { BusyError, GoneError } from '../runs/workLimiter.js';

export type ReplayOptions = {
  socket: WebSocket;
  runId: string;
  cache: RunLogCache;
  send(message: ServerMessage): void;
  requestId?: string;
  /** Called once when the replay ends, however it ends. */
  onEnd(): void;
};

function sendAndWait(socket: WebSocket, frame: Buffer): Promise<boolean> {
  return new Promise((resolve) => socket.send(frame, { binary: false }, (error) => resolve(!error)));
}

/** Starts the replay; returns how to stop it. */
export function startReplay(options: ReplayOptions): () => void {
  const { socket, runId } = options;
  const abort = new AbortController();
  const open = () => !abort.signal.aborted && socket.readyState === WebSocket.OPEN;

  void (async () => {
    try {
      const log = await options.cache.get(runId, abort.signal);
      if (!open()) return;
      if (!log) {
        options.send({ type: 'error', requestId: options.requestId, error: `no run with id "${runId.slice(0, 64)}"` });
        return;
      }
      for (const frame of log.frames) {
        if (!open() || !(await sendAndWait(socket, frame))) return;
      }
      if (open()) options.send({ type: 'run.status', run: log.info });
    } catch (error) {
      if (error instanceof GoneError) return;
      const why = error instanceof BusyError ? error.message : `the run's log could not be read: ${String(error)}`;
      if (open()) options.send({ type: 'error', requestId: options.requestId, error: why.slice(0, 500) });
    } finally {
      options.onEnd();
    }
  })();

  return () => abort.abort();
}
