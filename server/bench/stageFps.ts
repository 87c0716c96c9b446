/**
 * Frames per second of the stage under load, in headless Chromium: the
 * synthetic 64-actor, 500-in-flight run (stageLoadRun.ts) is opened through
 * the app's offline replay (the hidden file input a downloaded run goes
 * through), the playhead is put in the stretch where all 500 envelopes are
 * on the wire, and while it plays the page counts requestAnimationFrame
 * callbacks. The 500 resting envelopes are a memoized layer; each frame React
 * redraws only the moving shapes, but Chromium still repaints the whole stage
 * graphic, so this is the stage's worst steady case.
 */
import type { Browser } from '@playwright/test';
import { quantile } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';
import { countStageShapes, measureFramesScript, scrollStageToTop } from './pageProbes.js';
import { STAGE_LOAD, stageLoadEvents, stageLoadFileName, toNdjson } from './stageLoadRun.js';

export type StageFps = {
  fps: number;
  /** 95th percentile of the time between frames, ms. */
  p95FrameMs: number;
  /** Frames that took over 50 ms (a visible stutter). */
  longFrames: number;
  actors: number;
  packets: number;
};

type Shapes = { packets: number; boxes: number; lanes: number; playing: boolean };
type Frames = { elapsedMs: number; intervals: number[] };

export async function measureStageFps(browser: Browser, server: LabServer, durationMs: number): Promise<StageFps> {
  const { events, inFlightFrom, inFlightTo } = stageLoadEvents();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page
      .getByTestId('run-file-input')
      .setInputFiles({ name: stageLoadFileName, mimeType: 'application/x-ndjson', buffer: Buffer.from(toNdjson(events)) });
    await page.waitForURL(/\/lessons\/memory\?run=/, { timeout: 15_000 });
    await page.getByTestId('stage').waitFor({ state: 'visible' });

    // Seek by clicking the scrub bar in the middle of the in-flight stretch (a third of the log wide).
    const timeline = page.getByTestId('timeline');
    const box = await timeline.boundingBox();
    if (!box) throw new Error('the scrub bar is not on screen');
    const target = (inFlightFrom + inFlightTo) / 2 / (events.length - 1);
    await timeline.click({ position: { x: box.width * target, y: box.height / 2 } });
    const playPause = page.getByTestId('play-pause');
    if ((await playPause.getAttribute('aria-pressed')) !== 'true') await playPause.click();
    // The stage is taller than the window with 31 children: show its top, where the parent's envelopes gather.
    await page.evaluate(scrollStageToTop);
    // Let the seek's one-off re-render pass before counting frames.
    await page.waitForTimeout(500);

    const before = (await page.evaluate(countStageShapes)) as Shapes;
    const frames = (await page.evaluate(measureFramesScript(durationMs))) as Frames;
    const after = (await page.evaluate(countStageShapes)) as Shapes;
    const expectedActors = 2 + STAGE_LOAD.children + STAGE_LOAD.threads;
    // The figure only counts if the stage really drew the load the whole time.
    for (const shapes of [before, after]) {
      if (!shapes.playing) throw new Error('playback was not running');
      if (shapes.packets !== STAGE_LOAD.inFlight) throw new Error(`the stage drew ${shapes.packets} envelopes, not ${STAGE_LOAD.inFlight}`);
      if (shapes.boxes + shapes.lanes !== expectedActors) throw new Error(`the stage drew ${shapes.boxes + shapes.lanes} actors, not ${expectedActors}`);
    }
    return {
      fps: frames.intervals.length / (frames.elapsedMs / 1000),
      p95FrameMs: quantile(frames.intervals, 0.95),
      longFrames: frames.intervals.filter((interval) => interval > 50).length,
      actors: before.boxes + before.lanes,
      packets: before.packets,
    };
  } finally {
    await context.close();
  }
}
