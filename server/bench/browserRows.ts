/**
 * The bench rows measured in a real browser: first event from a click on
 * Run, and the stage's frame rate under a synthetic load. When no browser
 * can start, the rows say so instead of inventing a figure.
 */
import type { Browser } from '@playwright/test';
import type { LabServer } from '../testing/labServer.js';
import { benchBrowserName, launchBenchBrowser } from './browserLaunch.js';
import { measureClickFirstEvent } from './clickFirstEvent.js';
import type { BenchRow } from './extraRows.js';
import { measureStageFps } from './stageFps.js';

const CLICK_SAMPLES = Number(process.env.BENCH_CLICK_SAMPLES ?? 15);
const FPS_DURATION_MS = Number(process.env.BENCH_FPS_MS ?? 3000);

const clickMetric = `first event after a click on Run in the browser, click → rendered (median / p90, ${CLICK_SAMPLES} clicks)`;
const clickGoal = 'median < 250 ms';
const fpsMetric = 'stage frames per second, 64 actors and 500 messages in flight (synthetic log replayed offline: a rendering load, not a lesson figure)';
const fpsGoal = '≥ 30 fps (headless, software rendering)';

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';

export async function browserRows(server: LabServer): Promise<BenchRow[]> {
  let browser: Browser;
  try {
    browser = await launchBenchBrowser();
  } catch (error) {
    const value = `not measured: no browser (${reason(error)})`;
    return [
      { metric: clickMetric, value, goal: clickGoal, ok: undefined },
      { metric: fpsMetric, value, goal: fpsGoal, ok: undefined },
    ];
  }
  const rows: BenchRow[] = [];
  try {
    try {
      const click = await measureClickFirstEvent(browser, server, CLICK_SAMPLES);
      rows.push({ metric: clickMetric, value: `${fixed(click.median)} / ${fixed(click.p90)} ms`, goal: clickGoal, ok: click.median < 250 });
    } catch (error) {
      rows.push({ metric: clickMetric, value: `not measured: ${reason(error)}`, goal: clickGoal, ok: undefined });
    }
    try {
      const stage = await measureStageFps(browser, server, FPS_DURATION_MS);
      rows.push({
        metric: fpsMetric,
        value: `${fixed(stage.fps)} fps over ${fixed(FPS_DURATION_MS / 1000, 0)} s; p95 frame ${fixed(stage.p95FrameMs)} ms, ${stage.longFrames} frames > 50 ms (${benchBrowserName()})`,
        goal: fpsGoal,
        ok: stage.fps >= 30,
      });
    } catch (error) {
      rows.push({ metric: fpsMetric, value: `not measured: ${reason(error)}`, goal: fpsGoal, ok: undefined });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
