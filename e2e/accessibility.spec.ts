/**
 * Automated accessibility checks (axe-core, WCAG 2 A/AA rules) on the pages a
 * person meets first, before and after a run, in both languages (switched
 * with the header's buttons on the same page) and in presenter view; and
 * reduced motion: the stage steps instead of gliding.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, switchToPortuguese, test, type RecordedRun } from './sharedRuns.js';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
}

test.describe('accessibility', () => {
  test.use({ locale: 'en-US' });

  test('home and guided path have no serious WCAG violations, in English and in Portuguese', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/learn');
    await expect(page.locator('main')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await switchToPortuguese(page);
    expect(await seriousViolations(page)).toEqual([]);
    // A reader's mouse often rests on the button just pressed: its hover state must stay readable too.
    await page.getByTestId('language-pt-BR').hover();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('home-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Processos e threads, de verdade');
    await expect(page.locator('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a lesson after a run has no serious WCAG violations, in English and in Portuguese', async ({ page, runs }) => {
    await page.goto('/lessons/memory');
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
    await page.getByTestId('to-end').click();
    await expect(page.getByTestId('result-parent-x')).toHaveText('0');
    expect(await seriousViolations(page)).toEqual([]);

    await switchToPortuguese(page);
    await expect(page.getByTestId('run-button')).toContainText('Executar');
    await expect(page.getByTestId('result-parent-x')).toHaveText('0');
    expect(await seriousViolations(page)).toEqual([]);
    await runs.keep(page);
  });
});

test('presenter view has no serious WCAG violations', async ({ page }) => {
  await page.goto('/lessons/crash?present=1');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  expect(await seriousViolations(page)).toEqual([]);
});

/** Plays a recorded memory run from the start at 1× for 3 s and, frame by frame, records which event is shown and how the moving layer is drawn. */
async function motionFrames(page: Page, run: RecordedRun): Promise<Map<string, Set<string>>> {
  await openRunAtEnd(page, run);
  await page.getByTestId('to-start').click();
  await expect(page.getByTestId('speed-1')).toHaveAttribute('aria-pressed', 'true');
  // Make sure it plays (aria-pressed is the playing state).
  if ((await page.getByTestId('play-pause').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
  const frames = await page.evaluate(
    () =>
      new Promise<[string, string][]>((resolve) => {
        const seen: [string, string][] = [];
        const started = performance.now();
        const sample = () => {
          seen.push([document.querySelector('[data-testid="event-index"]')?.textContent ?? '', document.querySelector('.stage-motion')?.innerHTML ?? '']);
          if (performance.now() - started < 3000) requestAnimationFrame(sample);
          else resolve(seen);
        };
        requestAnimationFrame(sample);
      }),
  );
  const drawingsPerEvent = new Map<string, Set<string>>();
  for (const [event, drawing] of frames) drawingsPerEvent.set(event, (drawingsPerEvent.get(event) ?? new Set()).add(drawing));
  return drawingsPerEvent;
}

test('with reduced motion the stage steps from event to event instead of gliding', async ({ browser, runs, request }) => {
  const run = await runs.get(request, 'memory');
  const gliding = await browser.newContext({ reducedMotion: 'no-preference' });
  const glides = await motionFrames(await gliding.newPage(), run);
  // Without the preference, some event is drawn in several in-between positions (it glides)…
  expect(Math.max(...[...glides.values()].map((drawings) => drawings.size))).toBeGreaterThan(1);
  await gliding.close();

  const reduced = await browser.newContext({ reducedMotion: 'reduce' });
  const steps = await motionFrames(await reduced.newPage(), run);
  // …with it, each event is drawn once, at its destination, however many frames it stays on screen.
  expect(steps.size).toBeGreaterThan(2);
  expect(Math.max(...[...steps.values()].map((drawings) => drawings.size))).toBe(1);
  await reduced.close();
});
