/**
 * The parallelism lesson in a real Chromium against the real server: a small
 * job over 1..2 threads and processes, skipped to the end: the verdict, the
 * speedups, the machine's cores, in English and then (the same run, through
 * the language switch) in Portuguese. No assertion on the speedup itself: the
 * machine is small and busy.
 */
import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, switchToPortuguese, test } from './sharedRuns.js';

const small = { maxWorkers: 2, primesBelow: 200_000 };

async function runSmall(page: Page): Promise<void> {
  await page.goto('/lessons/parallelism');
  await page.getByTestId('param-maxWorkers').fill(String(small.maxWorkers));
  await page.getByTestId('param-primesBelow').fill(String(small.primesBelow));
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 45_000 });
  await page.getByTestId('to-end').click();
}

const english = {
  verdict: /^(Speedup came near the number of cores \(\d+\), its ceiling|Here the speedup stayed well below the number of cores \(\d+\)): best [\d.]+× with \d+ threads?, [\d.]+× with \d+ process(es)?\.( Each split also starts its units: 1 worker thread took [\d.,]+ ms for the job the baseline did in [\d.,]+ ms\.)?$/,
  speedup: /^[\d.]+×$/,
};
const portuguese = {
  verdict: /^(O speedup chegou perto do número de núcleos \(\d+\), o seu teto|Aqui o speedup ficou bem abaixo do número de núcleos \(\d+\)): o melhor foi [\d,]+× com \d+ threads? e [\d,]+× com \d+ processos?\.( Cada divisão também inicia as suas unidades: 1 worker thread levou [\d.,]+ ms no trabalho que a referência fez em [\d.,]+ ms\.)?$/,
  speedup: /^[\d,]+×$/,
};

test.describe('parallelism lesson', () => {
  test.use({ locale: 'en-US' });

  test('runs, plays to the end and shows the verdict, the speedups and the cores, in English and then in Portuguese', async ({ page, runs }) => {
    await runSmall(page);
    const expectAtEnd = async (language: typeof english) => {
      await expect(page.getByTestId('verdict')).toHaveText(language.verdict);
      for (const n of [1, 2]) {
        await expect(page.getByTestId(`result-speedup-threads-${n}`)).toHaveText(language.speedup);
        await expect(page.getByTestId(`result-speedup-processes-${n}`)).toHaveText(language.speedup);
      }
      const cores = await page.getByTestId('result-cores').getAttribute('data-cores');
      expect(Number(cores)).toBeGreaterThan(0);
      await expect(page.getByTestId('cores')).toHaveAttribute('data-cores', cores ?? '');
      for (const phase of ['baseline', 'threads-1', 'processes-1', 'threads-2', 'processes-2']) {
        await expect(page.getByTestId(`timeline-row-${phase}`)).toHaveAttribute('data-played', 'true');
      }
      await expect(page.getByTestId('speedup-chart')).toBeVisible();
      await expect(page.getByTestId('cpu-chart')).toBeVisible();
      await expect(page.getByTestId('node-note-fork-is-exec')).toBeVisible();
    };
    await expectAtEnd(english);
    await switchToPortuguese(page);
    await expectAtEnd(portuguese);
    await runs.keep(page);
  });
});

test('during the two-thread phase the stage shows two lanes of one process', async ({ page, runs }) => {
  await openRunAtEnd(page, await runs.get(page.request, 'parallelism', small));
  await page.getByTestId('to-start').click();
  // Step until both threads of the 2-thread configuration have started (in either order; one may already have ended).
  const started = async (lane: string) =>
    (await page.getByTestId(lane).count()) > 0 && /TID \d+/.test((await page.getByTestId(lane).textContent()) ?? '');
  for (let step = 0; step < 60; step += 1) {
    if ((await started('lane-thread-2-1')) && (await started('lane-thread-2-2'))) break;
    await page.getByTestId('step-forward').click();
  }
  await expect(page.getByTestId('work-threads')).toHaveAttribute('data-n', '2');
  await expect(page.getByTestId('lane-thread-2-1')).toContainText(/TID \d+/);
  await expect(page.getByTestId('lane-thread-2-2')).toContainText(/TID \d+/);
  await expect(page.getByTestId('box-cruncher')).toContainText(/PID \d+/);
});
