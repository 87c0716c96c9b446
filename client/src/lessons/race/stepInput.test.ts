import { describe, expect, it } from 'vitest';
import { stepLostRun } from './fixtures.js';
import { availability, PENDING_TIMEOUT_MS, recipeProgress, settled, threadStatuses, type ThreadStatus } from './stepInput.js';
import { stepModelAt } from './stepModel.js';

const running: ThreadStatus = { started: true, finished: false };
const both = { 'thread-1': running, 'thread-2': running };

describe('step input', () => {
  it('lets a person step only while the run is live, both threads are up and nothing is pending', () => {
    expect(availability(true, both, undefined)).toEqual({ canStep: { 'thread-1': true, 'thread-2': true }, canFinish: true });
    expect(availability(false, both, undefined).canStep['thread-1']).toBe(false);
    expect(availability(true, { ...both, 'thread-2': { started: false, finished: false } }, undefined).canStep['thread-1']).toBe(false);
    expect(availability(true, both, { input: 'thread-1', stepsBefore: 0, sentAt: 0 }).canStep['thread-2']).toBe(false);
    expect(availability(true, { ...both, 'thread-1': { started: true, finished: true } }, undefined).canStep).toEqual({ 'thread-1': false, 'thread-2': true });
  });

  it('settles a step once the thread has taken it, or on timeout, or when the run ends', () => {
    const firstRead = stepLostRun.findIndex((event) => event.kind === 'memory.read');
    const before = stepModelAt(stepLostRun, firstRead - 1);
    const after = stepModelAt(stepLostRun, firstRead + 1);
    const pending = { input: 'thread-1' as const, stepsBefore: 0, sentAt: 1000 };
    expect(settled(pending, before, both, true, 1500)).toBe(false);
    expect(settled(pending, after, both, true, 1500)).toBe(true);
    expect(settled(pending, before, both, true, 1000 + PENDING_TIMEOUT_MS + 1)).toBe(true);
    expect(settled(pending, before, both, false, 1500)).toBe(true);
  });
});

describe('step recipe and thread status', () => {
  it('follows the losing recipe step by step', () => {
    const reads = stepLostRun.filter((event) => event.kind === 'memory.read' && event.actor.startsWith('thread-')).length;
    expect(reads).toBe(2);
    expect(recipeProgress(stepModelAt(stepLostRun, -1))).toBe(0);
    expect(recipeProgress(stepModelAt(stepLostRun, stepLostRun.length - 1))).toBe(6);
  });

  it('reads which threads started and finished from the whole log', () => {
    expect(threadStatuses(stepLostRun.slice(0, 3))['thread-1']).toEqual({ started: false, finished: false });
    expect(threadStatuses(stepLostRun)['thread-2']).toEqual({ started: true, finished: true });
  });
});
