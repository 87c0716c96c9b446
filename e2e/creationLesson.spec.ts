/**
 * The creation lesson in a real Chromium against the real server: run it
 * with small parameters, skip to the end, and see the real ids on stage, the
 * verdict and the measured figures, in English and then (the same run, through
 * the language switch) in Portuguese. No assertion on how long anything took:
 * the machine is small and busy.
 */
import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, switchToPortuguese, test } from './sharedRuns.js';

const small = { units: 2, repeats: 1 };

async function runSmall(page: Page): Promise<void> {
  await page.goto('/lessons/creation');
  await page.getByTestId('param-units').fill(String(small.units));
  await page.getByTestId('param-repeats').fill(String(small.repeats));
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 45_000 });
  await page.getByTestId('to-end').click();
}

const english = {
  index: /^event (\d+) \/ (\d+)$/,
  verdict: /^Here (a (thread|process) was ready in [\d.,]+ ms and a (process|thread) in [\d.,]+ ms \(medians, [^)]+\): a (process|thread) took [\d.,]+× as long|a thread \([\d.,]+ ms\) and a process \([\d.,]+ ms\) were ready about as fast \(medians, [^)]+\)); a process cost [\d.,]+ MiB of private memory(, a thread [\d.,]+ MiB|; a thread added none that could be measured)\.$/,
  number: /^[\d,]+(\.\d+)?$/,
};
const portuguese = {
  index: /^evento (\d+) \/ (\d+)$/,
  verdict: /^Aqui (uma thread ficou pronta em [\d.,]+ ms e um processo|um processo ficou pronto em [\d.,]+ ms e uma thread|uma thread \([\d.,]+ ms\) e um processo \([\d.,]+ ms\) ficaram prontos quase no mesmo tempo)[^;]*; um processo custou [\d.,]+ MiB de memória privada(, uma thread [\d.,]+ MiB|; uma thread não acrescentou nenhuma que se pudesse medir)\.$/,
  number: /^[\d.]+(,\d+)?$/,
};

test.describe('creation lesson', () => {
  test.use({ locale: 'en-US' });

  test('runs, plays to the end and shows real ids, the verdict and the measured figures, in English and then in Portuguese', async ({ page, runs }) => {
    await runSmall(page);
    const expectAtEnd = async (language: typeof english) => {
      await expect(page.getByTestId('event-index')).toHaveText(language.index);
      const [, shown, total] = language.index.exec((await page.getByTestId('event-index').textContent()) ?? '') ?? [];
      expect(shown).toBeDefined();
      expect(shown).toBe(total);

      // Two threads as lanes of the one threads' process, two processes as boxes with PIDs of their own.
      const hostText = (await page.getByTestId('box-thread-host').textContent()) ?? '';
      const hostPid = /PID (\d+)/.exec(hostText)?.[1];
      expect(hostPid).toBeDefined();
      for (const lane of ['lane-thread-1-1', 'lane-thread-1-2']) await expect(page.getByTestId(lane)).toContainText(/TID \d+/);
      for (const box of ['box-proc-1-1', 'box-proc-1-2']) {
        const pid = /PID (\d+)/.exec((await page.getByTestId(box).textContent()) ?? '')?.[1];
        expect(pid).toBeDefined();
        expect(pid).not.toBe(hostPid);
      }
      await expect(page.getByTestId('stopwatch-threads')).toHaveAttribute('data-marks', '2');
      await expect(page.getByTestId('stopwatch-processes')).toHaveAttribute('data-marks', '2');

      await expect(page.getByTestId('verdict')).toHaveText(language.verdict);
      for (const figure of ['result-ready-median-thread', 'result-ready-median-process', 'result-private-process', 'result-rss-process']) {
        await expect(page.getByTestId(figure)).toHaveText(language.number);
      }
      await expect(page.getByTestId('times-chart')).toBeVisible();
      await expect(page.getByTestId('memory-chart')).toBeVisible();
      await expect(page.getByTestId('node-note-rss-counts-shared')).toBeVisible();
    };
    await expectAtEnd(english);
    await switchToPortuguese(page);
    await expectAtEnd(portuguese);
    await runs.keep(page);
  });
});

test('stepping back from the end hides the results again', async ({ page, runs }) => {
  await openRunAtEnd(page, await runs.get(page.request, 'creation', small));
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await page.getByTestId('to-start').click();
  await expect(page.getByTestId('stopwatch-processes')).toHaveAttribute('data-marks', '0');
});
