/**
 * The hands-on slice: what the server says this connection may do, the
 * class's summary, the student's name (checked before it is sent), and a
 * prediction reported once for each run the student started.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { ClientMessage, HandsOnState, RunInfo } from '../../../shared/protocol.js';
import { createManualFrameSource } from '../clock/frameSource.js';
import { createPresentationClock } from '../clock/presentationClock.js';
import { createClassroomSlice } from './classroomSlice.js';
import { createConnectionSlice } from './connectionSlice.js';
import { createHandsOnSlice, handsOnRole, mayStartRuns, refusalKind } from './handsOnSlice.js';
import { createPlaybackSlice } from './playbackSlice.js';
import { createRunsSlice } from './runsSlice.js';
import type { LabState } from './types.js';
import { createUiSlice } from './uiSlice.js';

function setup(predictions: Record<string, string> = {}) {
  const sent: ClientMessage[] = [];
  let connected = true;
  const transport = { send: (message: ClientMessage) => connected && (sent.push(message), true) };
  const store = create<LabState>()((...args) => ({
    ...createConnectionSlice(transport)(...args),
    ...createRunsSlice(...args),
    ...createPlaybackSlice(createPresentationClock({ frames: createManualFrameSource() }))(...args),
    ...createUiSlice(undefined)(...args),
    ...createClassroomSlice(transport)(...args),
    ...createHandsOnSlice(transport, (lesson) => predictions[lesson])(...args),
  }));
  return { store, sent, disconnect: () => (connected = false) };
}

const student: HandsOnState = { enabled: true, open: true, mayRun: true, quota: { running: 0, queued: 0, maxRunning: 1, maxQueued: 1 } };
const run = (id: string, experiment = 'race'): RunInfo => ({ id, experiment, params: {}, status: 'queued', createdAt: 0, eventCount: 0 });

describe('hands-on slice', () => {
  it('knows nothing of hands-on in local mode: the controller may run, as before', () => {
    const { store } = setup();
    expect(store.getState().handsOn.state).toBeUndefined();
    expect(handsOnRole(store.getState())).toBe('none');
    expect(mayStartRuns(store.getState())).toBe(true);
  });

  it('lets a student run while hands-on time is open, and not once it closes', () => {
    const { store } = setup();
    store.getState().setServerInfo({ canControl: false, cores: 2 });
    expect(mayStartRuns(store.getState())).toBe(false);
    store.getState().setHandsOnState(student, 1_000);
    expect(handsOnRole(store.getState())).toBe('student');
    expect(mayStartRuns(store.getState())).toBe(true);
    store.getState().setHandsOnState({ ...student, open: false, mayRun: false, reason: 'closed' }, 2_000);
    expect(mayStartRuns(store.getState())).toBe(false);
    expect(store.getState().handsOn.receivedAt).toBe(2_000);
  });

  it('tells the presenter from a student', () => {
    const { store } = setup();
    store.getState().setHandsOnState({ ...student, presenter: true }, 0);
    expect(handsOnRole(store.getState())).toBe('presenter');
  });

  it('names why a student may not run, from the state’s structure rather than its English words', () => {
    expect(refusalKind({ ...student, open: false, mayRun: false })).toBe('closed');
    expect(refusalKind({ ...student, mayRun: false, retryAfterMs: 3_000 })).toBe('rate');
    // A full quota carries an estimated retry too: it is still the quota, not the rate.
    const full = { running: 1, queued: 1, maxRunning: 1, maxQueued: 1 };
    expect(refusalKind({ ...student, mayRun: false, retryAfterMs: 9_000, quota: full })).toBe('quota');
    expect(refusalKind({ ...student, mayRun: false, quota: { ...full, running: 0, queued: 2 } })).toBe('quota');
    // No quota at all: this connection has no student session.
    expect(refusalKind({ enabled: true, open: true, mayRun: false, reason: 'no session' })).toBe('noSession');
    expect(refusalKind({ ...student, mayRun: false, reason: 'something new' })).toBe('other');
    expect(refusalKind(student)).toBeUndefined();
  });

  it('opens and closes hands-on time', () => {
    const { store, sent } = setup();
    expect(store.getState().setHandsOnOpen(true)).toBe(true);
    expect(sent).toEqual([{ type: 'handsOn.set', requestId: 'handsOn-1', open: true }]);
  });

  it('sends a valid name, trimmed, and refuses one the server would refuse', () => {
    const { store, sent, disconnect } = setup();
    expect(store.getState().setStudentName('  Ana Lú  ')).toEqual({ ok: true });
    expect(sent).toEqual([{ type: 'student.name', requestId: 'name-1', name: 'Ana Lú' }]);
    expect(store.getState().setStudentName('<b>x</b>')).toEqual({ ok: false, problem: 'invalid' });
    expect(store.getState().setStudentName('   ')).toEqual({ ok: false, problem: 'invalid' });
    expect(store.getState().setStudentName('x'.repeat(33))).toEqual({ ok: false, problem: 'invalid' });
    expect(sent).toHaveLength(1);
    disconnect();
    expect(store.getState().setStudentName('Bea')).toEqual({ ok: false, problem: 'notConnected' });
  });

  it('reports a student’s prediction once for each of their own runs, and only in hands-on mode', () => {
    const { store, sent } = setup({ race: 'sometimes' });
    store.getState().noteOwnRun(run('r1'));
    expect(sent).toEqual([]); // local mode: nothing to report
    expect(store.getState().handsOn.ownRuns).toEqual({ r1: true });

    store.getState().setHandsOnState(student, 0);
    store.getState().noteOwnRun(run('r2'));
    store.getState().noteOwnRun(run('r2'));
    store.getState().noteOwnRun(run('m1', 'memory')); // no prediction for memory
    expect(sent).toEqual([{ type: 'prediction.made', requestId: 'prediction-r2', run: 'r2', choice: 'sometimes' }]);
  });

  it('never reports a presenter’s prediction, nor an option the lesson does not have', () => {
    const { store, sent } = setup({ race: 'sometimes', creation: 'x1000' });
    store.getState().setHandsOnState({ ...student, presenter: true }, 0);
    store.getState().noteOwnRun(run('r1'));
    store.getState().setHandsOnState(student, 0);
    store.getState().noteOwnRun(run('c1', 'creation'));
    expect(sent).toEqual([]);
  });

  it('keeps the latest class summary', () => {
    const { store } = setup();
    const summary = { runs: 2, students: 2, lessons: { race: { runs: 2, students: 2, raceLostUpdates: [3, 0] } } };
    store.getState().setClassSummary(summary);
    expect(store.getState().handsOn.summary).toEqual(summary);
  });
});
