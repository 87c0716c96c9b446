/**
 * Projector and phone checks: nothing spills sideways, type stays large, and
 * at 1280×720 the stage's clock readout is on screen without scrolling.
 * The lessons are recorded runs (sharedRuns.ts) replayed to their end. With
 * SHOTS=1, also saves screenshots to /tmp/shots for a human to look at.
 */
import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, smallBackend, test } from './sharedRuns.js';

const viewports = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
];

async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The stage's notes (callouts) are whole: none is cut off by its box. */
async function expectStageNotesWhole(page: Page): Promise<void> {
  const notes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.stage-callout-text')].map((note) => ({
      text: note.textContent ?? '',
      spill: note.scrollHeight - (note.parentElement as unknown as SVGForeignObjectElement).height.baseVal.value,
    })),
  );
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(note.spill, note.text).toBeLessThanOrEqual(1);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.SHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `/tmp/shots/e2e-${name}.png`, fullPage: true });
}

for (const viewport of viewports) {
  test.describe(`layout at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('home: no sideways overflow, readable type', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('comparison-table')).toBeVisible();
      await expectNoSidewaysOverflow(page);
      const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(16);
      await shot(page, `home-${viewport.name}`);
    });

    test('memory lesson after a run: no sideways overflow, readout visible', async ({ page, runs }) => {
      await openRunAtEnd(page, await runs.get(page.request, 'memory'));
      await expect(page.getByTestId('result-shared-x')).toBeVisible();
      await expectNoSidewaysOverflow(page);
      if (viewport.width >= 1280) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(page.getByTestId('real-time')).toBeInViewport();
        await expect(page.getByTestId('event-index')).toBeInViewport();
        await expect(page.getByTestId('timeline')).toBeInViewport();
      }
      await shot(page, `lesson-${viewport.name}`);
    });

    test("communication lesson after a run: no sideways overflow, the stage's note is whole", async ({ page, runs }) => {
      await openRunAtEnd(page, await runs.get(page.request, 'communication', { roundTrips: 10 }));
      await expect(page.getByTestId('verdict')).toBeVisible();
      await expectNoSidewaysOverflow(page);
      // At phone width the end-of-run note ("Measured medians: ...") was cut off after two of its four lines.
      await expectStageNotesWhole(page);
      await shot(page, `communication-${viewport.name}`);
    });

    test('backend lesson after a run: no sideways overflow', async ({ page, runs }) => {
      // Small parameters: the run takes seconds, and the stage still shows both servers, the crash and the services.
      await openRunAtEnd(page, await runs.get(page.request, 'backend', smallBackend));
      await expect(page.getByTestId('verdict')).toBeVisible();
      await expectNoSidewaysOverflow(page);
      // The figure tables fit their column: none hides a figure behind its own sideways scroll.
      const tables = page.locator('[data-testid^="backend-"][data-testid$="-figures"]');
      await expect(tables).toHaveCount(3);
      for (const table of await tables.all()) {
        const spill = await table.evaluate((element) => element.scrollWidth - (element.parentElement?.clientWidth ?? 0));
        expect(spill, (await table.getAttribute('data-testid')) ?? '').toBeLessThanOrEqual(1);
      }
      await expectStageNotesWhole(page);
      if (viewport.width >= 1280) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(page.getByTestId('real-time')).toBeInViewport();
      }
      await shot(page, `backend-${viewport.name}`);
    });
  });
}
