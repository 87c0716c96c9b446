/**
 * Replays an ended run's log to one WebSocket client, from the shared log
 * cache (runLogCache.ts), paced by the client's own reading: the next frame
 * is sent only once the previous one has left for the network. So a replay
 * holds at most one frame of this client's in the server's buffers, however
 * big the run and however slowly the client reads, and it stops as soon as
 * the client unsubscribes or goes.
 *
 * Pacing alone would let a client that stops reading (but keeps the socket
 * open) hold a frame, and with it the cached log, for as long as it likes.
 * So a frame that has not left for the network within `stallMs` means the
 * client is not reading: it is closed with 1008, and cut if the close
 * handshake has not finished within `closeTimeoutMs` (the close frame waits
 * behind the very frame the client is not reading). The watch on a frame
 * outlives an unsubscribe: the frame is still in this server's buffers, so a
 * client cannot dodge the bound by subscribing and unsubscribing.
 */
import { WebSocket } from 'ws';
import type { ServerMessage } from '../../shared/protocol.js';
import type { RunLogCache } from '../runs/runLogCache.js';
import { BusyError, GoneError } from '../runs/workLimiter.js';
import { closeAfterError, DEFAULT_CLOSE_TIMEOUT_MS } from './closeAfterError.js';

/** Default time one frame may wait to leave for the client, ms: two of the hub's default heartbeat intervals. */
export const DEFAULT_REPLAY_STALL_MS = 30_000;

/** Close code and reason for a client dropped because it stopped reading a replay. */
export const NOT_READING_CODE = 1008;
export const NOT_READING_REASON = 'not reading: a replay frame waited too long';

export type ReplayOptions = {
  socket: WebSocket;
  runId: string;
  cache: RunLogCache;
  send(message: ServerMessage): void;
  requestId?: string;
  /** Called once when the replay ends, however it ends. */
  onEnd(): void;
  /** How long a frame may wait to leave for the client before the client is closed as not reading. Default 30,000 ms. */
  stallMs?: number;
  /** How long that close handshake may take before the socket is cut. Default 5,000 ms. */
  closeTimeoutMs?: number;
};

/** Closes a client that stopped reading: 1008 through the close handshake, cut after `closeTimeoutMs`. */
function dropNotReading(socket: WebSocket, closeTimeoutMs: number): void {
  // Closing or closed already (another replay of this client's, the heartbeat, the client itself).
  if (socket.readyState !== WebSocket.OPEN) return;
  socket.close(NOT_READING_CODE, NOT_READING_REASON);
  // The socket is CLOSING now, so this only bounds the handshake: terminate() if it does not finish.
  closeAfterError(socket, closeTimeoutMs);
}

/** Starts the replay; returns how to stop it. */
export function startReplay(options: ReplayOptions): () => void {
  const { socket, runId } = options;
  const stallMs = options.stallMs ?? DEFAULT_REPLAY_STALL_MS;
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  const abort = new AbortController();
  const open = () => !abort.signal.aborted && socket.readyState === WebSocket.OPEN;

  /**
   * Hands one frame to the socket. Resolves true once it has left for the
   * network, false if the send failed or the replay was stopped meanwhile
   * (the stall watch stays on the frame until it leaves or the socket closes).
   */
  function sendAndWait(frame: Buffer): Promise<boolean> {
    return new Promise((resolve) => {
      const stalled = setTimeout(() => dropNotReading(socket, closeTimeoutMs), stallMs);
      stalled.unref();
      const onStop = (): void => resolve(false);
      abort.signal.addEventListener('abort', onStop, { once: true });
      // ws calls back when the frame is written out, or with an error once the socket is gone.
      socket.send(frame, { binary: false }, (error) => {
        clearTimeout(stalled);
        abort.signal.removeEventListener('abort', onStop);
        resolve(!error);
      });
    });
  }

  void (async () => {
    try {
      const log = await options.cache.get(runId, abort.signal);
      if (!open()) return;
      if (!log) {
        options.send({ type: 'error', requestId: options.requestId, error: `no run with id "${runId.slice(0, 64)}"` });
        return;
      }
      for (const frame of log.frames) {
        if (!open() || !(await sendAndWait(frame))) return;
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
