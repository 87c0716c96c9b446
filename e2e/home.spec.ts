import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('English: intro, comparison table with the five rows, memory row links to its lesson', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Processes and threads, for real');
    const table = page.getByTestId('comparison-table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await expect(table.getByRole('columnheader', { name: 'Process', exact: true })).toBeVisible();
    for (const aspect of ['Memory / isolation', 'Communication', 'Creation cost', 'Robustness / failure impact', 'Common use / backend']) {
      await expect(table.getByRole('rowheader', { name: aspect })).toBeVisible();
    }
    await expect(page.getByTestId('comparison-row-creation').getByRole('link', { name: 'Creation cost →' })).toBeVisible();
    await page.getByTestId('comparison-row-isolation').getByRole('link', { name: 'Memory: copies vs one shared cell →' }).click();
    await expect(page).toHaveURL(/\/lessons\/memory$/);
    await expect(page.getByTestId('stage')).toBeVisible();
    await context.close();
  });

  test('Portuguese (from the browser language): the same table in pt-BR', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'pt-BR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Processos e threads, de verdade');
    const table = page.getByTestId('comparison-table');
    await expect(table.getByRole('columnheader', { name: 'Característica' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Custo de criação' })).toBeVisible();
    await expect(page.getByTestId('comparison-row-creation').getByRole('link', { name: 'Custo de criação →' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await context.close();
  });

  test('the language switch is on every screen and is remembered', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/lessons/memory');
    await page.getByTestId('language-pt-BR').click();
    await expect(page.getByTestId('run-button')).toContainText('Executar');
    await page.reload();
    await expect(page.getByTestId('run-button')).toContainText('Executar');
    await page.getByTestId('home-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Processos e threads, de verdade');
    await page.getByTestId('language-en').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Processes and threads, for real');
    await context.close();
  });

  test('an unknown lesson says coming soon, an unknown page says not found', async ({ page }) => {
    await page.goto('/lessons/no-such-lesson');
    await expect(page.getByTestId('lesson-coming-soon')).toBeVisible();
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
