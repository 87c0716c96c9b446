/**
 * Moving between lessons: a lesson reached by a link or a presenter key shows
 * no event of the run the previous lesson played ("event 68 / 0" was shown),
 * and a lesson opened directly has its styles before any chart is loaded.
 */
import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, test } from './sharedRuns.js';

async function expectNoEventShown(page: Page): Promise<void> {
  await expect(page.getByTestId('event-index')).toHaveText(/^\S+ 0 \/ 0$/);
}

test.describe('a lesson reached after another one played a run', () => {
  test.use({ locale: 'en-US' });

  test('by the guided path’s link: event 0 / 0, not the last lesson’s event', async ({ page, runs }) => {
    const run = await runs.get(page.request, 'memory');
    await openRunAtEnd(page, run);
    await expect(page.getByTestId('event-index')).toHaveText(`event ${run.eventCount} / ${run.eventCount}`);
    await page.getByTestId('path-next').click();
    await expect(page).not.toHaveURL(/lessons\/memory/);
    await expectNoEventShown(page);
    await expect(page.getByTestId('to-end')).toBeDisabled();
  });

  test('by a presenter key: event 0 / 0, not the last lesson’s event', async ({ page, runs }) => {
    const run = await runs.get(page.request, 'memory');
    await openRunAtEnd(page, run);
    await page.getByTestId('present-toggle').click();
    await expect(page.getByTestId('presenter-bar')).toBeVisible();
    await page.locator('body').press('4');
    await expect(page).toHaveURL(/lessons\/crash/);
    await expectNoEventShown(page);
    await page.locator('body').press('1');
    await expect(page).toHaveURL(/lessons\/memory/);
    await page.locator('body').press('7');
    await expect(page).toHaveURL(/lessons\/backend/);
    await expectNoEventShown(page);
  });
});

test('the memory lesson opened directly has the lesson kit’s styles before any run (no chart loaded)', async ({ page }) => {
  const charts: string[] = [];
  page.on('request', (request) => {
    if (/ResultsChart|CartesianChart/.test(request.url())) charts.push(request.url());
  });
  await page.goto('/lessons/memory');
  await expect(page.getByTestId('run-button')).toBeVisible();
  // A verdict box, as the lesson kit draws one: its border comes from lessonKit.css.
  const border = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'kit-verdict';
    document.querySelector('.lesson')?.append(probe);
    const width = getComputedStyle(probe).borderTopWidth;
    probe.remove();
    return width;
  });
  expect(border).toBe('3px');
  expect(charts).toEqual([]);
});
