import type { Page } from '@playwright/test';
import { expect, smallBackend, switchToPortuguese, test } from './sharedRuns.js';

/** Sets small parameters, runs, waits for the server to finish, and skips playback to the end. */
async function runSmall(page: Page, fault: string = smallBackend.fault): Promise<void> {
  await page.goto('/lessons/backend');
  await page.getByTestId('param-workers').fill(String(smallBackend.workers));
  await page.getByTestId('param-requests').fill(String(smallBackend.requests));
  await page.getByTestId('param-concurrency').fill(String(smallBackend.concurrency));
  await page.getByTestId('param-fault').selectOption(fault);
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 45_000 });
  await page.getByTestId('to-end').click();
}

type Language = { verdict: RegExp; killed: string; processDied: string; when: string; title: string | RegExp };

const english: Language = {
  verdict: /^When one worker crashed, the thread pool lost (\S+) of the \S+ requests? sent in the crash window \(the whole process died: SIGSEGV; serving again after \S+ ms\); the cluster lost (\S+) of \S+ and kept answering/,
  killed: 'killed by SIGSEGV',
  processDied: 'process died',
  when: 'When to use which',
  title: 'Processes and threads in a backend →',
};
const portuguese: Language = {
  verdict: /^Quando um worker caiu, o pool de threads perdeu (\S+) de \S+ (?:requisição enviada|requisições enviadas) na janela da queda \(o processo inteiro morreu: SIGSEGV; atendendo de novo após \S+ ms\); o cluster perdeu (\S+) de \S+ e continuou respondendo/,
  killed: 'morto por SIGSEGV',
  processDied: 'o processo morreu',
  when: 'Quando usar cada um',
  title: /backend →$/,
};

const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test.describe('backend lesson', () => {
  test.use({ locale: 'en-US' });

  test('a crash takes the whole thread-pool process but one cluster worker; the figures back the verdict (in English, then in Portuguese)', async ({ page, runs }) => {
    await runSmall(page);
    const verdict = page.getByTestId('verdict');
    const expectAtEnd = async (language: Language) => {
      await expect(verdict).toHaveText(language.verdict);
      // The verdict's counts are the table's counts, and the pool lost more.
      const [, poolLost, clusterLost] = language.verdict.exec((await verdict.textContent()) ?? '') ?? [];
      await expect(page.getByTestId('result-failed-pool')).toHaveText(poolLost ?? '?');
      await expect(page.getByTestId('result-failed-cluster')).toHaveText(clusterLost ?? '?');
      expect(count(poolLost ?? '')).toBeGreaterThan(count(clusterLost ?? ''));
      expect(count(await page.getByTestId('result-throughput-pool').textContent())).toBeGreaterThan(0);
      expect(count(await page.getByTestId('result-throughput-cluster').textContent())).toBeGreaterThan(0);
      await expect(page.getByTestId('result-recovery-cluster')).toHaveText(/\d/);
      expect(count(await page.getByTestId('result-hop-median').textContent())).toBeGreaterThan(0);
      // The stage: the pool box died with its threads; one cluster worker died, a replacement took the spare slot.
      await expect(page.getByTestId('dead-pool')).toContainText(language.killed);
      await expect(page.getByTestId('lane-pool-thread-1')).toContainText(language.processDied);
      await expect(page.getByTestId('box-pool-restart')).toBeVisible();
      await expect(page.locator('[data-testid^="dead-cluster-worker-"]')).toHaveCount(1);
      await expect(page.getByTestId('box-cluster-worker-3')).toBeVisible();
      for (const chart of ['latency-chart', 'throughput-chart', 'failed-chart', 'recovery-chart', 'timeline-chart']) {
        await expect(page.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
      }
      await expect(page.getByTestId('when-to-use')).toContainText(language.when);
      await expect(page.getByTestId('node-note-signal-is-process-wide')).toBeVisible();
      return (await verdict.textContent()) ?? '';
    };
    const englishSentence = await expectAtEnd(english);
    await switchToPortuguese(page);
    const portugueseSentence = await expectAtEnd(portuguese);
    await runs.keep(page);

    // The home table's "common use / backend" row links to this lesson and shows this run's verdict, in either language.
    await page.getByTestId('home-link').click();
    const row = page.getByTestId('comparison-row-use');
    const cell = row.getByTestId('verdict-backend');
    await expect(row.getByRole('link', { name: portuguese.title })).toBeVisible();
    await expect(cell).toHaveAttribute('data-state', 'measured');
    await expect(cell).toContainText(portugueseSentence);
    await page.getByTestId('language-en').click();
    await expect(row.getByRole('link', { name: english.title })).toBeVisible();
    await expect(cell).toHaveAttribute('data-state', 'measured');
    await expect(cell).toContainText(englishSentence);
  });
});

test('without a fault, both architectures serve every request and the verdict compares their load figures', async ({ page }) => {
  await runSmall(page, 'none');
  await expect(page.getByTestId('verdict')).toHaveText(/^Under the same load the thread pool answered \S+ req\/s \(median \S+ ms\) and the cluster \S+ req\/s/);
  await expect(page.getByTestId('dead-pool')).toHaveCount(0);
  await expect(page.getByTestId('failed-chart')).toHaveCount(0);
});
