import { describe, expect, it } from 'vitest';
import { measureRun, stepFinishRun, stepLostRun } from './fixtures.js';
import { expectedPerRound, measureModelAt } from './measureModel.js';
import { incrementOf, isLostWrite, stepModelAt, stepsTaken } from './stepModel.js';

describe('measure model', () => {
  it('turns each read-back of the shared counter into a round of the current variant', () => {
    const model = measureModelAt(measureRun, measureRun.length - 1);
    expect(model.rounds.map((round) => `${round.variant} ${round.repeat}`)).toEqual([
      'plain 1', 'plain 2', 'plain 3', 'atomic 1', 'atomic 2', 'atomic 3', 'lock 1', 'lock 2', 'lock 3',
    ]);
    expect(model.rounds[0]?.value).toBe(2_582_500);
    expect(model.rounds.filter((round) => round.variant !== 'plain').every((round) => round.value === 4_000_000)).toBe(true);
  });

  it('keeps each separate process’s own counter', () => {
    const model = measureModelAt(measureRun, measureRun.length - 1);
    expect(Object.keys(model.processCounts).sort()).toEqual(['proc-1', 'proc-2', 'proc-3', 'proc-4']);
    expect(Object.values(model.processCounts).every((count) => count.value === 1_000_000)).toBe(true);
  });

  it('shows only what was played', () => {
    const firstRead = measureRun.findIndex((event) => event.kind === 'memory.read');
    expect(measureModelAt(measureRun, firstRead - 1).rounds).toHaveLength(0);
    expect(measureModelAt(measureRun, firstRead).rounds).toHaveLength(1);
    expect(measureModelAt(measureRun, firstRead).variant).toBe('plain');
  });

  it('expects threads × increments per round', () => {
    expect(expectedPerRound({ threads: 4, increments: 1_000_000 })).toBe(4_000_000);
    expect(expectedPerRound(undefined)).toBeUndefined();
  });
});

describe('step model', () => {
  it('follows read, read, add, write, add, write and spots the lost write', () => {
    const model = stepModelAt(stepLostRun, stepLostRun.length - 1);
    expect(model.steps.map((step) => `${step.thread.slice(-1)} ${step.kind} ${step.value}`)).toEqual([
      '1 read 0', '2 read 0', '1 add 1', '1 write 1', '2 add 1', '2 write 1',
    ]);
    expect(model.x).toBe(1);
    expect(model.registers).toEqual({ 'thread-1': 1, 'thread-2': 1 });
    expect(model.steps.filter(isLostWrite).map((step) => step.thread)).toEqual(['thread-2']);
  });

  it('knows each thread’s next step and increment as the steps play', () => {
    const afterFirstRead = stepLostRun.findIndex((event) => event.kind === 'memory.read') + 1;
    const early = stepModelAt(stepLostRun, afterFirstRead);
    expect(early.next).toEqual({ 'thread-1': 'add', 'thread-2': 'read' });
    expect(stepsTaken(early, 'thread-1')).toBe(1);
    expect(early.x).toBe(0);
    const done = stepModelAt(stepFinishRun, stepFinishRun.length - 1);
    expect(stepsTaken(done, 'thread-1')).toBe(6);
    expect(incrementOf(done, 'thread-1')).toBe(2);
    expect(done.x).toBe(4);
    expect(done.steps.some(isLostWrite)).toBe(false);
  });
});
