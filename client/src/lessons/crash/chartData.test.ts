import { describe, expect, it } from 'vitest';
import { beatBars } from './chartData.js';
import { exceptionRun, sigsegvRun } from './fixtures.js';
import { parseCrashResult } from './verdict.js';

const resultOf = (events: readonly { kind: string }[]) => {
  const last = events.at(-1) as { kind: string; result?: unknown } | undefined;
  const parsed = parseCrashResult(last?.result);
  if (!parsed) throw new Error('fixture has no crash result');
  return parsed;
};

describe('crash chart data', () => {
  it('lists every actor of both sides in number order, the failed one with 0', () => {
    const bars = beatBars(resultOf(sigsegvRun));
    expect(bars.map((bar) => bar.actor)).toEqual(['proc-1', 'proc-2', 'thread-1', 'thread-2', 'thread-3']);
    expect(bars.find((bar) => bar.actor === 'proc-2')).toMatchObject({ victim: true, beats: 0, signal: 'SIGSEGV' });
    expect(bars.find((bar) => bar.actor === 'proc-1')?.beats).toBeGreaterThan(0);
    // SIGSEGV in a thread: every thread stopped, zero beats after, all shown.
    expect(bars.filter((bar) => bar.side === 'thread').map((bar) => bar.beats)).toEqual([0, 0, 0]);
  });

  it('keeps the surviving threads’ beats when the exception was contained', () => {
    const bars = beatBars(resultOf(exceptionRun));
    const threads = bars.filter((bar) => bar.side === 'thread');
    expect(threads.find((bar) => bar.victim)).toMatchObject({ actor: 'thread-2', beats: 0, code: 1 });
    expect(threads.find((bar) => !bar.victim)?.beats).toBeGreaterThan(0);
  });
});
