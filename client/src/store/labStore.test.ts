/**
 * The glue between server messages and the slices: a started run is put on
 * stage, its events reach the log and the clock, a refusal is kept in words,
 * and a replayed prefix after a reconnect is not appended twice.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunInfo } from '../../../shared/protocol.js';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { handleServerMessage, useLabStore } from './labStore.js';

// The clock asks for animation frames when it plays; node has none.
vi.stubGlobal('requestAnimationFrame', () => 0);
vi.stubGlobal('cancelAnimationFrame', () => undefined);

const runId = recordedMemoryRun[0]?.run ?? 'run';
const info: RunInfo = { id: runId, experiment: 'memory', params: {}, status: 'running', createdAt: 0, eventCount: 0 };

describe('handleServerMessage', () => {
  beforeEach(() => {
    useLabStore.setState({ runs: {}, watchedRun: undefined, pendingStart: { requestId: 'start-1', experiment: 'memory' }, startError: undefined, notices: [] });
  });

  it('puts an accepted run on stage and feeds its events to the log and the clock', () => {
    handleServerMessage({ type: 'run.accepted', requestId: 'start-1', run: info });
    expect(useLabStore.getState().watchedRun).toBe(runId);
    expect(useLabStore.getState().pendingStart).toBeUndefined();

    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(0, 10) });
    // After a reconnect the server replays from seq 0: only the new tail is added.
    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(0, 30) });
    const state = useLabStore.getState();
    expect(state.runs[runId]?.events).toHaveLength(30);
    expect(state.clock.getState()).toMatchObject({ eventCount: 30, live: true, playing: true });

    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(30) });
    expect(useLabStore.getState().clock.getState().live).toBe(false);
  });

  it('keeps a refusal of run.start, in the server’s words, for the lesson to show', () => {
    handleServerMessage({ type: 'error', requestId: 'start-1', error: 'too many runs' });
    expect(useLabStore.getState().startError).toEqual({ experiment: 'memory', reason: 'refused', error: 'too many runs' });
    handleServerMessage({ type: 'error', error: 'something else' });
    expect(useLabStore.getState().notices.map((notice) => notice.kind)).toEqual(['server']);
  });

  it('reports a hole in the log once', () => {
    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(0, 5) });
    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(7, 9) });
    handleServerMessage({ type: 'events', run: runId, events: recordedMemoryRun.slice(8, 9) });
    expect(useLabStore.getState().notices).toMatchObject([{ kind: 'gap', expected: 5, got: 7 }]);
  });

  it('takes a new follower count without a new playhead, so followers are not moved', () => {
    const playhead = { lesson: 'memory', run: runId, index: 4, playing: false, speed: 1 };
    handleServerMessage({ type: 'room.state', state: playhead, followers: 1, classroom: true });
    const before = useLabStore.getState().room;
    handleServerMessage({ type: 'room.followers', followers: 7 });
    const after = useLabStore.getState().room;
    expect(after).toMatchObject({ followers: 7, classroom: true });
    expect(after?.state).toBe(before?.state);
    expect(useLabStore.getState().notices).toEqual([]);
  });

  it('keeps a refusal’s retry time, so the lesson can count down', () => {
    handleServerMessage({ type: 'error', requestId: 'start-1', error: 'your quota is full', retryAfterMs: 4_000 });
    expect(useLabStore.getState().startError).toMatchObject({ reason: 'refused', error: 'your quota is full', retryAfterMs: 4_000 });
  });

  it('takes the hands-on state and the class summary the server sends', () => {
    handleServerMessage({ type: 'handsOn.state', state: { enabled: true, open: true, mayRun: false, reason: 'quota', name: 'Ana' } });
    expect(useLabStore.getState().handsOn.state).toMatchObject({ open: true, mayRun: false, name: 'Ana' });
    handleServerMessage({ type: 'class.summary', summary: { runs: 1, students: 1, lessons: {} } });
    expect(useLabStore.getState().handsOn.summary).toEqual({ runs: 1, students: 1, lessons: {} });
    expect(useLabStore.getState().notices).toEqual([]);
  });

  it('remembers a run this browser started as its own', () => {
    handleServerMessage({ type: 'run.accepted', requestId: 'start-1', run: info });
    expect(useLabStore.getState().handsOn.ownRuns[runId]).toBe(true);
  });
});
