import { describe, expect, it } from 'vitest';
import { creation, parallelism, race } from '../../shared/resultFixtures.js';
import { createRunRecord, type RunRecord } from '../runs/runRecord.js';
import { createClassWall } from './classWall.js';

function studentRun(id: string, experiment: string, student: string, result: unknown, status: RunRecord['status'] = 'finished'): RunRecord {
  const run = createRunRecord(id, experiment, {});
  run.owner = { key: student, presenter: false, student: true };
  run.status = status;
  run.result = result as Record<string, unknown>;
  return run;
}

describe('class wall', () => {
  it('aggregates each lesson from the recorded results of the students’ finished runs', () => {
    const wall = createClassWall();
    wall.record(studentRun('r1', 'race', 'ana', race(5, 5)));
    wall.record(studentRun('r2', 'race', 'bia', race(3, 5)));
    wall.record(studentRun('c1', 'creation', 'ana', creation(1000, 4000)));
    wall.record(studentRun('p1', 'parallelism', 'bia', parallelism([[1, 1], [2, 1.9], [4, 1.95]])));
    // Counted once, whatever the number of times it is reported.
    wall.record(studentRun('r1', 'race', 'ana', race(5, 5)));
    const summary = wall.summary();
    expect(summary.runs).toBe(4);
    expect(summary.students).toBe(2);
    expect(summary.lessons.race).toMatchObject({ runs: 2, students: 2, raceLostUpdates: [120, 120] });
    expect(summary.lessons.creation?.creationRatios).toEqual([4]);
    expect(summary.lessons.parallelism?.parallelismSpeedups).toEqual([1.95]);
  });

  it('ignores the presenter’s runs, failed runs and runs without a result', () => {
    const wall = createClassWall();
    const presenterRun = studentRun('x', 'race', 'presenter', race(5, 5));
    presenterRun.owner = { key: 'presenter', presenter: true, student: false };
    wall.record(presenterRun);
    wall.record(studentRun('y', 'race', 'ana', undefined, 'failed'));
    expect(wall.summary()).toEqual({ runs: 0, students: 0, lessons: {} });
  });

  it('scores a prediction against the run’s own result, once, only if made before the run ended', () => {
    const wall = createClassWall();
    const run = studentRun('c1', 'creation', 'ana', undefined, 'running');
    expect(wall.predict(run, 'x5')).toBeUndefined();
    expect(wall.predict(run, 'x2')).toContain('already');
    expect(wall.predict(run, 'x99')).toContain('not one of');
    run.status = 'finished';
    run.result = creation(1000, 4000) as unknown as Record<string, unknown>; // ratio 4: the "x5" bucket (√10 … √50)
    wall.record(run);
    expect(wall.summary().lessons.creation?.predictions).toEqual({ matched: 1, total: 1 });
    const late = studentRun('c2', 'creation', 'bia', creation(1000, 1000));
    expect(wall.predict(late, 'same')).toContain('before the run ends');
  });

  it('changes its version only when there is news', () => {
    const wall = createClassWall();
    const before = wall.version();
    wall.record(studentRun('z', 'memory', 'ana', undefined, 'failed'));
    expect(wall.version()).toBe(before);
    wall.record(studentRun('r', 'race', 'ana', race(1, 5)));
    expect(wall.version()).toBeGreaterThan(before);
  });
});
