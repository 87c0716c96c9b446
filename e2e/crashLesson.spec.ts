import type { Page } from '@playwright/test';
import { expect, switchToPortuguese, test } from './sharedRuns.js';

/** Sets small parameters, runs, waits for the server to finish, and skips playback to the end. */
async function runSmall(page: Page, threadFault = 'sigsegv'): Promise<void> {
  await page.goto('/lessons/crash');
  await page.getByTestId('param-processes').fill('2');
  await page.getByTestId('param-threads').fill('2');
  await page.getByTestId('param-threadFault').selectOption(threadFault);
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 45_000 });
  await page.getByTestId('to-end').click();
}

const english = {
  verdict: '1 of 1 sibling process kept beating; 0 of 1 sibling thread did (the whole process died: SIGSEGV).',
  killed: 'killed by SIGSEGV',
  processDied: 'process died',
};
const portuguese = {
  verdict: '1 de 1 processo irmão continuou batendo; entre as threads, 0 de 1 irmã continuou batendo (o processo inteiro morreu: SIGSEGV).',
  killed: 'morto por SIGSEGV',
  processDied: 'o processo morreu',
};

test.describe('crash lesson', () => {
  test.use({ locale: 'en-US' });

  test('a SIGSEGV kills one process alone, but every thread of the other process (in English, then in Portuguese)', async ({ page }) => {
    await runSmall(page);
    const expectAtEnd = async (language: typeof english) => {
      await expect(page.getByTestId('verdict')).toHaveText(language.verdict);
      // The process side: process 2 is marked dead with its real signal; process 1 beat on.
      await expect(page.getByTestId('dead-proc-2')).toContainText(language.killed);
      await expect(page.getByTestId('dead-proc-1')).toHaveCount(0);
      const beatsAfter = Number((await page.getByTestId('result-beats-proc-1').textContent()) ?? '0');
      expect(beatsAfter).toBeGreaterThan(0);
      // The threads side: the whole process died, and both lanes say so.
      await expect(page.getByTestId('dead-threaded')).toContainText(language.killed);
      for (const lane of ['lane-thread-1', 'lane-thread-2']) await expect(page.getByTestId(lane)).toContainText(language.processDied);
      await expect(page.getByTestId('result-beats-thread-1')).toHaveText('0');
      await expect(page.getByTestId('heart-thread-1')).toHaveAttribute('data-state', 'dead');
      await expect(page.getByTestId('heart-proc-1')).toHaveAttribute('data-state', 'finished');
      await expect(page.getByTestId('beats-chart')).toBeVisible();
      await expect(page.getByTestId('node-note-signal-is-process-wide')).toBeVisible();
    };
    await expectAtEnd(english);
    await switchToPortuguese(page);
    await expectAtEnd(portuguese);
  });
});

test('an exception in a thread ends only that thread: its sibling beats on', async ({ page }) => {
  await runSmall(page, 'exception');
  await expect(page.getByTestId('verdict')).toHaveText(/; 1 of 1 sibling thread did\.$/);
  await expect(page.getByTestId('lane-thread-2')).toContainText('exited with code 1');
  await expect(page.getByTestId('dead-threaded')).toHaveCount(0);
  const beatsAfter = Number((await page.getByTestId('result-beats-thread-1').textContent()) ?? '0');
  expect(beatsAfter).toBeGreaterThan(0);
  await expect(page.getByTestId('node-note-worker-exception-contained')).toBeVisible();
});
