/**
 * The connection to the lab server as the UI sees it: status, whether this
 * browser may control runs, requests in progress, and notices to show.
 * The socket itself lives in labStore.ts; this slice only sends through a Transport.
 */
import type { ParamValues } from '../../../shared/experiments.js';
import type { RoomPlayhead } from '../../../shared/protocol.js';
import type { SocketStatus } from './socketClient.js';
import type { Slice, Transport } from './types.js';

/** Something to tell the user, kept as data so it is worded in the current language when shown. */
export type NoticeBody =
  | { kind: 'server'; error: string }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'gap'; runId: string; expected: number; got: number };
export type Notice = NoticeBody & { id: number };

export type StartError = { experiment: string } & (
  | { reason: 'notConnected' }
  /** `retryAfterMs` (from `at`, Date.now()) when the refusal passes later, e.g. a student's quota in a hands-on class. */
  | { reason: 'refused'; error: string; retryAfterMs?: number; at?: number }
);

export type ConnectionSlice = {
  connection: { status: SocketStatus; canControl: boolean; cores: number | undefined };
  /** The classroom room's shared playhead, as last announced by the server (not followed yet). */
  room: { state: RoomPlayhead; followers: number; classroom: boolean } | undefined;
  notices: readonly Notice[];
  /** A run.start sent and not yet answered. */
  pendingStart: { requestId: string; experiment: string } | undefined;
  /** Why the last run.start did not happen: not connected, or refused (in the server's words). */
  startError: StartError | undefined;
  setConnectionStatus(status: SocketStatus): void;
  setServerInfo(info: { canControl: boolean; cores: number }): void;
  addNotice(body: NoticeBody): void;
  dismissNotice(id: number): void;
  /** Asks the server to start a run; the reply (run.accepted or error) is handled in labStore.ts. */
  startRun(experiment: string, params: ParamValues): void;
  stopRun(runId: string): void;
  /** Subscribes to a run: the server sends its log so far, then live events. */
  followRun(runId: string): void;
  /**
   * Sends the person's input to an interactive run (e.g. "step:thread-1" in
   * the race lesson's step mode). Returns false when not connected, so the
   * page can say the click went nowhere instead of waiting for events.
   */
  sendRunInput(runId: string, input: string): boolean;
};

/** Notices kept at most; older ones drop off so a flood of problems cannot grow memory. */
const MAX_NOTICES = 5;

export function createConnectionSlice(transport: Transport): Slice<ConnectionSlice> {
  let nextRequest = 1;
  let nextNotice = 1;
  return (set, get) => ({
    connection: { status: { state: 'connecting' }, canControl: true, cores: undefined },
    room: undefined,
    notices: [],
    pendingStart: undefined,
    startError: undefined,
    setConnectionStatus(status) {
      set({ connection: { ...get().connection, status } });
    },
    setServerInfo({ canControl, cores }) {
      set({ connection: { ...get().connection, canControl, cores } });
    },
    addNotice(body) {
      const notice = { ...body, id: nextNotice } as Notice;
      nextNotice += 1;
      set({ notices: [...get().notices, notice].slice(-MAX_NOTICES) });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((notice) => notice.id !== id) });
    },
    startRun(experiment, params) {
      const requestId = `start-${nextRequest}`;
      nextRequest += 1;
      if (!transport.send({ type: 'run.start', requestId, experiment, params })) {
        set({ startError: { experiment, reason: 'notConnected' } });
        return;
      }
      set({ pendingStart: { requestId, experiment }, startError: undefined });
    },
    stopRun(runId) {
      transport.send({ type: 'run.stop', requestId: `stop-${runId}`, run: runId });
    },
    followRun(runId) {
      transport.send({ type: 'subscribe', requestId: `follow-${runId}`, run: runId });
    },
    sendRunInput(runId, input) {
      const requestId = `input-${nextRequest}`;
      nextRequest += 1;
      return transport.send({ type: 'run.input', requestId, run: runId, input });
    },
  });
}
