import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { ClientMessage } from '../../../shared/protocol.js';
import { createManualFrameSource } from '../clock/frameSource.js';
import { createPresentationClock } from '../clock/presentationClock.js';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { createClassroomSlice, isFollower, isFollowing, isRoomPresenter } from './classroomSlice.js';
import { createConnectionSlice } from './connectionSlice.js';
import { createHandsOnSlice } from './handsOnSlice.js';
import { createPlaybackSlice } from './playbackSlice.js';
import { createRunsSlice } from './runsSlice.js';
import type { LabState } from './types.js';
import { createUiSlice } from './uiSlice.js';

function setup() {
  const sent: ClientMessage[] = [];
  const transport = { send: (message: ClientMessage) => (sent.push(message), true) };
  const store = create<LabState>()((...args) => ({
    ...createConnectionSlice(transport)(...args),
    ...createRunsSlice(...args),
    // Node has no animation frames: the clock gets a hand-driven frame source.
    ...createPlaybackSlice(createPresentationClock({ frames: createManualFrameSource() }))(...args),
    ...createUiSlice(undefined)(...args),
    ...createClassroomSlice(transport)(...args),
    ...createHandsOnSlice(transport, () => undefined)(...args),
  }));
  return { store, sent };
}

describe('classroom slice', () => {
  it('tells presenters from followers', () => {
    const { store } = setup();
    expect(isRoomPresenter(store.getState())).toBe(true);
    store.getState().setServerInfo({ canControl: false, cores: 2 });
    expect(isFollower(store.getState())).toBe(true);
    expect(isRoomPresenter(store.getState())).toBe(false);
    store.getState().setServerInfo({ canControl: true, cores: 2 });
    store.getState().setFollowRequested(true);
    expect(isFollowing(store.getState())).toBe(true);
    expect(isRoomPresenter(store.getState())).toBe(false);
  });

  it('detaches and rejoins with one message each', () => {
    const { store, sent } = setup();
    store.getState().setServerInfo({ canControl: false, cores: 2 });
    store.getState().exploreAlone();
    expect(isFollowing(store.getState())).toBe(false);
    store.getState().rejoinRoom();
    expect(isFollowing(store.getState())).toBe(true);
    expect(sent).toEqual([
      { type: 'room.follow', following: false },
      { type: 'room.follow', following: true },
    ]);
  });

  it('puts a run from a file on stage, marked as known only here', () => {
    const { store } = setup();
    const id = recordedMemoryRun[0]?.run ?? 'r';
    const info = { id, experiment: 'memory', params: {}, status: 'finished' as const, createdAt: 0, eventCount: recordedMemoryRun.length };
    store.getState().openOfflineRun(info, recordedMemoryRun);
    const state = store.getState();
    expect(state.watchedRun).toBe(id);
    expect(state.runs[id]?.events).toHaveLength(recordedMemoryRun.length);
    expect(state.classroom.offlineRuns[id]).toBe(true);
    expect(state.clock.getState().eventCount).toBe(recordedMemoryRun.length);
    state.clock.dispose();
  });
});
