import { describe, expect, it } from 'vitest';
import { recordedCreationRun } from './fixtures.js';
import { logDomain, logTicks } from '../../lessonParts/scale.js';
import { memoryBars, spread, timeStrips } from './chartData.js';
import { parseCreationResult } from './verdict.js';

const last = recordedCreationRun.at(-1);
const result = parseCreationResult(last?.kind === 'run.finished' ? last.result : undefined);
if (!result) throw new Error('the recorded run must parse');

describe('creation chart data', () => {
  it('keeps every sample, in ms, on its row, with one median per row', () => {
    const { points, medians } = timeStrips(result);
    expect(points).toHaveLength(4 * 16);
    expect(points.filter((point) => point.row === 'processReady').map((point) => point.ms)).toEqual(result.processes.readyUs.map((value) => value / 1000));
    for (const point of points) expect(Math.abs(point.y - ['threadReady', 'processReady', 'threadExit', 'processExit'].indexOf(point.row))).toBeLessThanOrEqual(0.2801);
    expect(medians.map((entry) => [entry.row, Math.round(entry.ms)])).toEqual([
      ['threadReady', 160],
      ['processReady', 281],
      ['threadExit', 6],
      ['processExit', 11],
    ]);
  });

  it('spreads samples deterministically', () => {
    expect(spread(3)).toBe(spread(3));
    expect(new Set([0, 1, 2, 3, 4].map(spread)).size).toBe(5);
  });

  it('spans whole decades on the log axis', () => {
    expect(logDomain([1.48, 313])).toEqual([1, 1000]);
    expect(logDomain([])).toEqual([1, 1000]);
    expect(logTicks([1, 100])).toEqual([1, 2, 5, 10, 20, 50, 100]);
  });

  it('gives the memory bars in MB, RSS far above private for a process', () => {
    const bars = Object.fromEntries(memoryBars(result).map((bar) => [bar.kind, Number(bar.mb.toFixed(2))]));
    expect(bars).toEqual({ processPrivate: 7.3, processPss: 9.96, processRss: 42.99, threadPrivate: 6.17 });
  });

  it('prefers the medians the server reports, when it reports them', () => {
    const memory = { processPrivateKb: 7000, processPssKb: 9000, processRssKb: 44_000, workerPrivateKbPerUnit: -20, workerPssKbPerUnit: 0, workerRssKbPerUnit: 0 };
    const bars = Object.fromEntries(memoryBars({ ...result, memory }).map((bar) => [bar.kind, Number(bar.mb.toFixed(2))]));
    expect(bars).toEqual({ processPrivate: 6.84, processPss: 8.79, processRss: 42.97, threadPrivate: 0 });
  });
});
