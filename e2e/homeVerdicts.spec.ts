/**
 * The home table's verdicts come from runs measured on this machine: after
 * running the memory lesson, its row shows that run's verdict; a lesson with
 * no finished run says so and shows no figure.
 */
import { expect, test } from './sharedRuns.js';

test('after running the memory lesson, the home table shows its verdict (en, then pt-BR)', async ({ page, runs }) => {
  await page.goto('/lessons/memory');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await runs.keep(page);

  await page.getByTestId('home-link').click();
  const memory = page.getByTestId('comparison-row-isolation').getByTestId('verdict-memory');
  await expect(memory).toHaveAttribute('data-state', 'measured');
  await expect(memory).toContainText(
    /Here 3 child processes each changed only their own copy of x: the parent’s x stayed 0; 3 threads changed one shared x to 15 \(of 15 expected\)\./,
  );

  await page.getByTestId('language-pt-BR').click();
  await expect(memory).toContainText(/Aqui 3 processos filhos mudaram, cada um, só a sua cópia de x: o x do pai ficou em 0;/);

  // The sentence links to the run it came from, which replays it.
  await memory.getByRole('link', { name: /Aqui 3 processos/ }).click();
  await expect(page.getByTestId('lesson-memory')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
  await page.getByTestId('language-en').click();
});

test('a lesson with no finished run on this machine says so, with no figure', async ({ page }) => {
  // As on a machine where nothing ran yet (the list is the server's answer, replaced here).
  await page.route('**/api/runs', (route) => route.fulfill({ json: { runs: [] } }));
  await page.goto('/');
  for (const lesson of ['memory', 'creation', 'parallelism', 'communication']) {
    const cell = page.getByTestId(`verdict-${lesson}`);
    await expect(cell).toHaveAttribute('data-state', 'notMeasured');
    await expect(cell).toContainText('not measured yet on this machine — run the lesson');
    await expect(cell).not.toContainText(/\d/);
  }
});
