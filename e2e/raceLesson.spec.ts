import type { Page } from '@playwright/test';
import { expect, switchToPortuguese, test } from './sharedRuns.js';

async function runMeasure(page: Page): Promise<void> {
  await page.goto('/lessons/race');
  await page.getByTestId('param-threads').fill('2');
  await page.getByTestId('param-increments').fill('100000');
  await page.getByTestId('param-repeats').fill('2');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
  await page.getByTestId('to-end').click();
}

/** Steps the threads read 1, read 2, add 1, write 1, add 2 by clicking, then write 2 with the key "2". */
async function loseAnUpdate(page: Page): Promise<void> {
  await page.goto('/lessons/race');
  await page.getByTestId('param-mode').selectOption('step');
  await expect(page.getByTestId('param-threads')).toHaveCount(0);
  await page.getByTestId('param-increments').fill('1');
  await page.getByTestId('run-button').click();
  const history = page.getByTestId('step-history').locator('li:not(.chip-empty)');
  const schedule = ['thread-1', 'thread-2', 'thread-1', 'thread-1', 'thread-2'];
  for (const [taken, thread] of schedule.entries()) {
    // A button is enabled only when the process can take the step (both threads up, nothing pending).
    await page.getByTestId(`step-${thread}`).click({ timeout: 30_000 });
    await expect(history).toHaveCount(taken + 1);
  }
  await expect(page.getByTestId('step-thread-1')).toBeDisabled();
  await expect(page.getByTestId('step-thread-2')).toBeEnabled();
  await page.keyboard.press('2');
  await expect(page.getByTestId('step-outcome')).toBeVisible({ timeout: 30_000 });
}

const english = { safe: 'Atomics.add and the lock lost none; each separate process counted exactly 100,000.', counted: '100,000', outcome: 'x = 1, expected 2', lost: 'you lost 1 update' };
const portuguese = { safe: 'Atomics.add e o lock não perderam nenhuma; cada processo separado contou exatamente 100.000.', counted: '100.000', outcome: 'x = 1, esperado 2', lost: 'você perdeu 1 atualização' };

test.describe('race lesson', () => {
  test.use({ locale: 'en-US' });

  test('measure: the verdict, every repeat charted, each process exact (in English, then in Portuguese)', async ({ page }) => {
    await runMeasure(page);
    const expectAtEnd = async (language: typeof english) => {
      // Whether plain lost updates this time is up to the scheduler; the rest is certain.
      await expect(page.getByTestId('verdict')).toContainText(language.safe);
      await expect(page.getByTestId('result-process-proc-1')).toHaveText(language.counted);
      await expect(page.getByTestId('result-process-proc-2')).toHaveText(language.counted);
      await expect(page.getByTestId('cell-proc-1-value')).toHaveText(language.counted);
      await expect(page.getByTestId('lost-chart')).toBeVisible();
      await expect(page.getByTestId('time-chart')).toBeVisible();
      for (const variant of ['plain', 'atomic', 'lock']) await expect(page.getByTestId(`round-${variant}-2`)).toBeVisible();
      await expect(page.getByTestId('round-atomic-1')).toHaveAttribute('data-lost', 'false');
    };
    await expectAtEnd(english);
    await switchToPortuguese(page);
    await expectAtEnd(portuguese);
  });

  test('step: you are the scheduler and lose an update on purpose (in English, then in Portuguese)', async ({ page }) => {
    await loseAnUpdate(page);
    const expectOutcome = async (language: typeof english) => {
      await expect(page.getByTestId('step-outcome')).toContainText(language.outcome);
      await expect(page.getByTestId('step-outcome')).toContainText(language.lost);
      await expect(page.getByTestId('cell-x-value')).toHaveText('1');
      await expect(page.getByTestId('step-recipe')).toHaveAttribute('data-followed', '6');
      await expect(page.getByTestId('verdict')).toContainText(language.outcome);
      await expect(page.getByTestId('result-lost')).toHaveText('1');
    };
    await expectOutcome(english);
    await switchToPortuguese(page);
    await expectOutcome(portuguese);
  });
});
