import { describe, expect, it } from 'vitest';
import { sceneAt } from '../../scene/sceneAt.js';
import { recordedParallelismRun } from './fixtures.js';
import { configurations, parseConfiguration, rowAt, rowFollowsClock, runningUnits, timelineRows, timelineScaleMs, workerCount } from './stageModel.js';

const events = recordedParallelismRun;
const indexOf = (predicate: (event: (typeof events)[number]) => boolean) => events.findIndex(predicate);

function rowsAt(index: number) {
  const scene = sceneAt(events, index);
  const now = events[index]?.t ?? 0;
  return { scene, rows: timelineRows(configurations(3), events.slice(0, index + 1), scene, now) };
}

describe('parallelism stage model', () => {
  it('lists the configurations in the order the server runs them', () => {
    expect(configurations(2).map((item) => item.phase)).toEqual(['baseline', 'threads-1', 'processes-1', 'threads-2', 'processes-2']);
    expect(parseConfiguration('processes-12')).toEqual({ phase: 'processes-12', kind: 'processes', n: 12 });
    expect(parseConfiguration('setup')).toBeUndefined();
  });

  it('makes room for the run’s maxWorkers', () => {
    expect(workerCount({ maxWorkers: 3 }, sceneAt(events, 0))).toBe(3);
  });

  it('draws a row per configuration, each unit from its start to its exit on the phase’s own clock', () => {
    const both = indexOf((event) => event.kind === 'actor.started' && event.actor === 'thread-2-2');
    const { scene, rows } = rowsAt(both);
    expect(runningUnits(scene)).toBe(2);
    const twoThreads = rows.find((row) => row.phase === 'threads-2');
    expect(twoThreads?.finished).toBe(false);
    expect(twoThreads?.spans.map((span) => span.actorId)).toEqual(['thread-2-1', 'thread-2-2']);
    expect(twoThreads?.spans.every((span) => span.running)).toBe(true);
    expect(rows.find((row) => row.phase === 'processes-3')?.startT).toBeUndefined();
    const baseline = rows[0];
    expect(baseline?.finished).toBe(true);
    expect(baseline?.spans).toHaveLength(1);
  });

  it('ends every row by the end of the run, on one fixed scale', () => {
    const { rows } = rowsAt(events.length - 1);
    expect(rows.every((row) => row.finished && (row.lengthMs ?? 0) > 0)).toBe(true);
    const scale = timelineScaleMs(events);
    expect(Math.max(...rows.map((row) => row.lengthMs ?? 0))).toBeLessThanOrEqual(scale);
    expect(rows.flatMap((row) => row.spans).every((span) => !span.running && span.toMs >= span.fromMs)).toBe(true);
  });

  it('moves only the rows still growing between two events, and moves them as a full recomputation would', () => {
    const configs = configurations(3);
    let followed = 0;
    events.forEach((event, index) => {
      const scene = sceneAt(events, index);
      const played = events.slice(0, index + 1);
      const next = events[index + 1];
      const atEvent = timelineRows(configs, played, scene, event.t);
      for (const fraction of [0, 0.3, 1]) {
        const nowT = next ? event.t + (next.t - event.t) * fraction : event.t;
        const full = timelineRows(configs, played, scene, nowT);
        expect(atEvent.map((row) => rowAt(row, nowT))).toEqual(full);
        // A row that does not follow the clock is the same whatever the fraction.
        atEvent.forEach((row, rowIndex) => {
          if (!rowFollowsClock(row)) expect(full[rowIndex]).toEqual(row);
        });
      }
      followed += atEvent.filter(rowFollowsClock).length;
    });
    expect(followed).toBeGreaterThan(0);
    const end = timelineRows(configs, events, sceneAt(events, events.length - 1), events.at(-1)?.t ?? 0);
    expect(end.some(rowFollowsClock)).toBe(false);
    expect(timelineRows(configs, [], sceneAt(events, -1), 0).some(rowFollowsClock)).toBe(false);
  });
});
