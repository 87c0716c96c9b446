/**
 * The client's one store, and the glue between the server's messages and the
 * slices. Components select the smallest piece they need:
 *   const status = useLabStore((state) => state.connection.status);
 */
import { create } from 'zustand';
import type { ServerMessage } from '../../../shared/protocol.js';
import { progressStore } from '../classroom/learn/progress.js';
import { createClassroomSlice } from './classroomSlice.js';
import { createConnectionSlice } from './connectionSlice.js';
import { createHandsOnSlice } from './handsOnSlice.js';
import { createPlaybackSlice, isRunLive } from './playbackSlice.js';
import { createRunsSlice } from './runsSlice.js';
import { createSocketClient, labSocketUrl, type SocketClient } from './socketClient.js';
import type { LabState, Transport } from './types.js';
import { createUiSlice } from './uiSlice.js';

let socket: SocketClient | undefined;
const transport: Transport = { send: (message) => socket?.send(message) ?? false };

export const useLabStore = create<LabState>()((...args) => ({
  ...createConnectionSlice(transport)(...args),
  ...createRunsSlice(...args),
  ...createPlaybackSlice()(...args),
  ...createUiSlice()(...args),
  ...createClassroomSlice(transport)(...args),
  // A student's prediction lives on this device (progress.ts); the slice reports it with their own run.
  ...createHandsOnSlice(transport, (lesson) => progressStore.get().lessons[lesson]?.prediction?.answer)(...args),
}));

/** Routes one (already validated) server message to the slices. */
export function handleServerMessage(message: ServerMessage): void {
  const state = useLabStore.getState();
  switch (message.type) {
    case 'welcome': {
      state.setServerInfo({ canControl: message.canControl, cores: message.cores });
      state.noteWelcome();
      // After a reconnect the server has forgotten our subscription: ask again.
      // It replays the log from the start; mergeBatch skips what we already hold.
      const watched = state.watchedRun;
      if (watched && isRunLive(state.runs[watched])) state.followRun(watched);
      return;
    }
    case 'run.accepted': {
      state.recordRunInfo(message.run);
      if (state.pendingStart && state.pendingStart.requestId === message.requestId) {
        useLabStore.setState({ pendingStart: undefined });
        state.watchRun(message.run.id, { autoplay: true });
        state.noteOwnRun(message.run);
      }
      return;
    }
    case 'run.status': {
      state.recordRunInfo(message.run);
      if (message.run.id === state.watchedRun) state.clock.setLive(isRunLive(useLabStore.getState().runs[message.run.id]));
      return;
    }
    case 'events': {
      const added = state.appendEvents(message.run, message.events);
      const entry = useLabStore.getState().runs[message.run];
      if (entry?.gap && !state.runs[message.run]?.gap) {
        state.addNotice({ kind: 'gap', runId: message.run, ...entry.gap });
      }
      if (message.run === state.watchedRun && added.length > 0) {
        state.clock.append(added.map((event) => event.t));
        state.clock.setLive(isRunLive(entry));
      }
      return;
    }
    case 'error': {
      const pending = state.pendingStart;
      if (pending && message.requestId === pending.requestId) {
        useLabStore.setState({
          pendingStart: undefined,
          startError: {
            experiment: pending.experiment,
            reason: 'refused',
            error: message.error,
            ...(message.retryAfterMs !== undefined ? { retryAfterMs: message.retryAfterMs, at: Date.now() } : {}),
          },
        });
        return;
      }
      state.addNotice({ kind: 'server', error: message.error });
      return;
    }
    case 'room.state':
      useLabStore.setState({ room: { state: message.state, followers: message.followers, classroom: message.classroom } });
      return;
    case 'room.followers': {
      // Only the count changed: keep the playhead object, so followers do not re-sync to the same place.
      const room = state.room;
      if (room && room.followers !== message.followers) useLabStore.setState({ room: { ...room, followers: message.followers } });
      return;
    }
    case 'handsOn.state':
      state.setHandsOnState(message.state);
      return;
    case 'class.summary':
      state.setClassSummary(message.summary);
      return;
    default: {
      const unhandled: never = message;
      state.addNotice({ kind: 'unreadable', detail: JSON.stringify(unhandled).slice(0, 80) });
    }
  }
}

/**
 * Opens the WebSocket to this page's server (once). `presenterToken` is the
 * classroom presenter's secret when the page no longer shows it in its URL
 * (see classroom/pageIntent.ts); otherwise the URL's ?token= is used.
 */
export function connectToLab(presenterToken?: string): void {
  if (socket) return;
  const { protocol, host } = window.location;
  const search = presenterToken ? `?${new URLSearchParams({ token: presenterToken }).toString()}` : window.location.search;
  socket = createSocketClient({
    url: labSocketUrl({ protocol, host, search }),
    onMessage: handleServerMessage,
    onStatus: (status) => useLabStore.getState().setConnectionStatus(status),
    onProblem: (detail) => useLabStore.getState().addNotice({ kind: 'unreadable', detail }),
  });
}

