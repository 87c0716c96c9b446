/**
 * The guided path end to end, in the local (default) mode: every lesson is a
 * step, the backend lesson closes it, and its predict-then-run question is
 * answered by the lost-request counts of a run (a recorded one, sharedRuns.ts:
 * the live run itself is backendLesson.spec.ts's).
 */
import { expect, openRun, skipToEnd, smallBackend, test } from './sharedRuns.js';

const pathOrder = ['memory', 'communication', 'race', 'creation', 'crash', 'parallelism', 'backend'];

test('the path lists every lesson in the notes’ order, backend last', async ({ page }) => {
  await page.goto('/learn');
  const steps = page.locator('[data-testid^="path-step-"]');
  await expect(steps).toHaveCount(pathOrder.length);
  expect(await steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')))).toEqual(pathOrder.map((id) => `path-step-${id}`));
  const backend = page.getByTestId('path-step-backend');
  await expect(backend).toContainText('Step 7 of 7');
  await expect(backend).toContainText('When to use which');
  await expect(page.locator('.guided-path-intro .lead')).toHaveText(/^7 lessons/);
  // From the step before it, "next" leads to the backend lesson.
  await page.goto('/lessons/parallelism');
  await page.getByTestId('path-next').click();
  await expect(page).toHaveURL(/\/lessons\/backend$/);
  await expect(page.getByTestId('path-nav')).toContainText('Step 7 of 7');
  await expect(page.getByTestId('path-next')).toHaveCount(0);
});

test('backend: the prediction is compared with the counts the run lost, and the quiz gives hints', async ({ page, runs }) => {
  const run = await runs.get(page.request, 'backend', smallBackend);
  await page.goto('/lessons/backend');
  await expect(page.getByTestId('predict-card')).toContainText('Which loses more requests');
  await page.getByTestId('predict-option-pool-loses-more').check();
  await page.getByTestId('predict-lock').click();
  await expect(page.getByTestId('predict-yours')).toHaveAttribute('data-answer', 'pool-loses-more');

  // Then a run: the locked prediction stays (it is kept in the browser).
  await openRun(page, run);
  await expect(page.getByTestId('predict-yours')).toHaveAttribute('data-answer', 'pool-loses-more');
  // Nothing is revealed before playback shows the end.
  await page.getByTestId('to-start').click();
  await expect(page.getByTestId('predict-outcome')).toHaveCount(0);
  await skipToEnd(page, run);

  // The sentence quotes the results table's counts, and the outcome follows the measured answer.
  const poolLost = (await page.getByTestId('result-failed-pool').textContent()) ?? '?';
  const clusterLost = (await page.getByTestId('result-failed-cluster').textContent()) ?? '?';
  const measured = page.getByTestId('predict-measured');
  await expect(measured).toContainText(`the thread pool lost ${poolLost} of`);
  await expect(measured).toContainText(`the cluster ${clusterLost} of`);
  const answer = await measured.getAttribute('data-measured');
  expect(['pool-loses-more', 'same', 'cluster-loses-more']).toContain(answer);
  await expect(page.getByTestId('predict-outcome')).toHaveAttribute('data-comparison', answer === 'pool-loses-more' ? 'match' : 'miss');

  await page.getByTestId('quiz').locator('summary').click();
  await page.getByTestId('quiz-q1-option-0').check();
  await page.getByTestId('quiz-q1-check').click();
  await expect(page.getByTestId('quiz-q1-feedback')).toContainText('Hint:');
  await page.getByTestId('quiz-q1-option-1').check();
  await page.getByTestId('quiz-q1-check').click();
  await expect(page.getByTestId('quiz-q1-feedback').locator('[data-result]')).toHaveAttribute('data-result', 'right');

  await page.getByTestId('path-link').click();
  await expect(page.getByTestId('path-step-backend')).toHaveAttribute('data-status', 'compared');
});
