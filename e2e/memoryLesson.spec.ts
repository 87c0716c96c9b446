import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, switchToPortuguese, test } from './sharedRuns.js';

/** Starts a run with the current parameters and waits until the server says it finished. */
async function runToCompletion(page: Page): Promise<void> {
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
}

const english = { run: 'Run', realTime: /^t = [\d,]+\.\d{3} ms \(real\)$/, index: /^event (\d+) \/ (\d+)$/ };
const portuguese = { run: 'Executar', realTime: /^t = [\d.]+,\d{3} ms \(real\)$/, index: /^evento (\d+) \/ (\d+)$/ };

test.describe('memory lesson', () => {
  test.use({ locale: 'en-US' });

  test('runs with the defaults, plays to the end and shows the real final values, in English and then in Portuguese', async ({ page, runs }) => {
    await page.goto('/lessons/memory');
    await expect(page.getByTestId('run-button')).toContainText(english.run);
    await runToCompletion(page);
    await page.getByTestId('to-end').click();

    const index = page.getByTestId('event-index');
    const expectAtEnd = async (language: typeof english) => {
      await expect(index).toHaveText(language.index);
      const [, shown, total] = language.index.exec((await index.textContent()) ?? '') ?? [];
      expect(shown).toBeDefined();
      expect(shown).toBe(total);
      await expect(page.getByTestId('real-time')).toHaveText(language.realTime);

      // Parent 0, each child = increments (5), shared = threads × increments (15).
      await expect(page.getByTestId('result-parent-x')).toHaveText('0');
      for (const child of ['child-1', 'child-2', 'child-3']) {
        await expect(page.getByTestId(`result-child-x-${child}`)).toHaveText('5');
        await expect(page.getByTestId(`cell-${child}-value`)).toHaveText('5');
      }
      await expect(page.getByTestId('result-shared-x')).toHaveText('15');
      await expect(page.getByTestId('result-expected-shared-x')).toHaveText('15');
      await expect(page.getByTestId('cell-host-value')).toHaveText('0');
      await expect(page.getByTestId('cell-threaded-value')).toHaveText('15');
      await expect(page.getByTestId('node-note')).toBeVisible();
    };
    await expectAtEnd(english);
    // The same finished run, read in Portuguese: the switch relabels the controls and reformats the numbers.
    await switchToPortuguese(page);
    await expect(page.getByTestId('run-button')).toContainText(portuguese.run);
    await expectAtEnd(portuguese);
    await runs.keep(page);
  });

  test('step back and forward change the shown event and its real time', async ({ page, runs }) => {
    await openRunAtEnd(page, await runs.get(page.request, 'memory'));
    const index = page.getByTestId('event-index');
    const time = page.getByTestId('real-time');
    const endIndex = await index.textContent();
    const endTime = await time.textContent();

    await page.getByTestId('step-back').click();
    await expect(index).not.toHaveText(endIndex ?? '');
    await expect(time).not.toHaveText(endTime ?? '');
    const [, shown, total] = english.index.exec((await index.textContent()) ?? '') ?? [];
    expect(shown).toBeDefined();
    expect(Number(shown)).toBe(Number(total) - 1);
    // Results belong to the end of the run: stepping back hides them again.
    await expect(page.getByTestId('result-shared-x')).toHaveCount(0);

    await page.getByTestId('step-forward').click();
    await expect(index).toHaveText(endIndex ?? '');
    await expect(time).toHaveText(endTime ?? '');

    await page.getByTestId('to-start').click();
    await expect(index).toHaveText(english.index);
    expect(english.index.exec((await index.textContent()) ?? '')?.[1]).toBe('1');
  });
});

test('parameters from the catalog: out-of-range input is refused, other values change the run, which playback follows to its end on its own at high speed', async ({ page }) => {
  await page.goto('/lessons/memory');
  const processes = page.getByTestId('param-processes');
  await processes.fill('9');
  await expect(page.getByTestId('run-button')).toBeDisabled();
  await expect(page.getByText('Enter a whole number from 1 to 8.')).toBeVisible();

  await processes.fill('2');
  await page.getByTestId('param-threads').fill('4');
  await page.getByTestId('param-increments').fill('3');
  // At 4×, and without skipping: playback follows the live run and stops at its end by itself.
  await page.getByTestId('speed-4').click();
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('result-shared-x')).toHaveText('12', { timeout: 30_000 });
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
  await expect(page).toHaveURL(/\?run=/);

  await expect(page.getByTestId('result-parent-x')).toHaveText('0');
  await expect(page.getByTestId('result-child-x-child-1')).toHaveText('3');
  await expect(page.getByTestId('result-child-x-child-2')).toHaveText('3');
  await expect(page.getByTestId('result-child-x-child-3')).toHaveCount(0);
  await expect(page.getByTestId('lane-thread-4')).toBeVisible();
});

test('a run link (?run=…) replays the recorded run in a tab that did not run it', async ({ page, runs }) => {
  const run = await runs.get(page.request, 'memory');
  await page.goto(run.link);
  await expect(page.getByTestId('event-index')).not.toHaveText(/ 0$/);
  await page.getByTestId('to-end').click();
  await expect(page.getByTestId('result-shared-x')).toHaveText('15');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
});
