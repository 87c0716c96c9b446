/**
 * First event from a click in the browser: a real Chromium opens the memory
 * lesson, clicks Run, and the page itself times the click (capture-phase
 * listener) to the first DOM change showing the new run's first event
 * (the playback readout "event i / N" with N > 0). The time therefore covers
 * run.start over the WebSocket, the lab host, the event batch back, the
 * store and React's render: what a person in front of the screen waits for.
 */
import type { Browser } from '@playwright/test';
import { quantile } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';
import { armFirstEventProbe, readFirstEventProbe } from './pageProbes.js';

export type ClickFirstEvent = { samples: number[]; median: number; p90: number };

/** The run-status element once the run ended (data-status). Selectors, not page functions: the app's CSP forbids eval. */
const endedStatus = ['finished', 'failed', 'stopped'].map((status) => `[data-testid="run-status"][data-status="${status}"]`).join(', ');

/**
 * Measures `samples` clicks, each on a freshly loaded lesson page (so the
 * readout starts at "0 events" and the change is unambiguous).
 */
export async function measureClickFirstEvent(browser: Browser, server: LabServer, samples: number): Promise<ClickFirstEvent> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const times: number[] = [];
  try {
    for (let index = 0; index < samples; index += 1) {
      await page.goto(`${server.url}/lessons/memory`);
      // Enabled once the WebSocket is open and the server said we may start runs.
      const run = page.locator('[data-testid="run-button"]:enabled');
      await run.waitFor({ state: 'visible', timeout: 15_000 });
      // As in the WebSocket row: leave the server time to have a warm lab host ready, as between a teacher's clicks.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await page.evaluate(armFirstEventProbe);
      await run.click();
      const { clickAt, eventAt } = (await page.evaluate(readFirstEventProbe)) as { clickAt: number; eventAt: number };
      times.push(eventAt - clickAt);
      // Let the run end before the next one, so runs never queue behind each other.
      await page.locator(endedStatus).waitFor({ state: 'attached', timeout: 30_000 });
    }
  } finally {
    await context.close();
  }
  return { samples: times, median: quantile(times, 0.5), p90: quantile(times, 0.9) };
}
