/**
 * Nothing on a stage covers a title, PID, TID, address or figure, and stage
 * text is large enough for a projector: for every lesson (and engine), in
 * English and Portuguese, at 1280×720, at 390×844 (a phone) and at 1920×1080
 * in presenter view, a recorded run at its end (and, at 1280×720, at its
 * middle event) is checked for
 * - two visible stage texts (SVG <text>, HTML text of the notes) whose boxes
 *   intersect by more than 2 px each way;
 * - a filled shape painted after a text (so on top of it) over that text;
 * - at 1280×720, stage text rendered below 12 px (its font size × the scale
 *   the SVG is drawn at).
 * One page per lesson run: it is resized and switched between languages
 * rather than reloaded, so the whole file takes seconds per lesson.
 * With SHOTS=1, also saves each view to /tmp/shots-14/.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, openRunAtEnd, smallBackend, test, type RecordedRun, type RunShelf } from './sharedRuns.js';

type Case = { name: string; experiment: string; params: Record<string, number | string>; native?: boolean };

/**
 * Each lesson with several units of each kind on its stage, still quick on a busy machine. Where another spec
 * records a run of the same lesson, the same parameters, so in the whole suite the run is made once (sharedRuns.ts).
 */
const cases: Case[] = [
  { name: 'memory', experiment: 'memory', params: {} },
  { name: 'memory-native', experiment: 'memory', params: { engine: 'native' }, native: true },
  { name: 'creation', experiment: 'creation', params: { units: 2, repeats: 1 } },
  { name: 'communication', experiment: 'communication', params: { roundTrips: 10 } },
  { name: 'crash', experiment: 'crash', params: { processes: 3, threads: 3 } },
  { name: 'crash-native', experiment: 'crash', params: { processes: 3, threads: 3, engine: 'native' }, native: true },
  { name: 'race', experiment: 'race', params: { increments: 100_000, repeats: 3 } },
  { name: 'parallelism', experiment: 'parallelism', params: { maxWorkers: 3, primesBelow: 300_000 } },
  { name: 'backend', experiment: 'backend', params: { ...smallBackend, workers: 4, requests: 120, concurrency: 8 } },
];

type Problems = { texts: number; overlaps: string[]; small: string[] };

/**
 * In the page: the stage's visible texts, each pair of them that intersects,
 * each filled shape drawn over a text, and the texts rendered below `minPx`.
 * The text of a badge drawn over its own background is fine: the background
 * comes before the text in the document, so it is painted under it.
 */
function inspectStage(minPx: number): Problems {
  const frame = document.querySelector('.stage-frame');
  if (!frame) return { texts: 0, overlaps: ['no .stage-frame'], small: [] };
  type Item = { label: string; box: DOMRect; px: number; node: Node };
  const items: Item[] = [];
  const visible = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const nameOf = (element: Element) => {
    const id = element.closest('[data-testid]')?.getAttribute('data-testid');
    return `${JSON.stringify((element.textContent ?? '').trim().slice(0, 48))}${id ? ` (in ${id})` : ''}`;
  };
  const scaleOf = (element: SVGGraphicsElement | null | undefined) => {
    const matrix = element?.getScreenCTM();
    return matrix ? Math.hypot(matrix.c, matrix.d) : 1;
  };
  const svgTexts = [...frame.querySelectorAll('text')].filter((text) => visible(text) && (text.textContent ?? '').trim() !== '');
  for (const text of svgTexts) {
    const box = text.getBoundingClientRect();
    if (box.width >= 1 && box.height >= 1) items.push({ label: nameOf(text), box, px: parseFloat(getComputedStyle(text).fontSize) * scaleOf(text), node: text });
  }
  // HTML text (the notes drawn in the stage): each text node, line by line.
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent instanceof SVGElement || (node.textContent ?? '').trim() === '' || !visible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const px = parseFloat(getComputedStyle(parent).fontSize) * scaleOf(parent.closest('foreignObject'));
    for (const box of range.getClientRects()) if (box.width >= 1 && box.height >= 1) items.push({ label: nameOf(parent), box, px, node });
  }
  const overlap = (a: DOMRect, b: DOMRect) => ({
    width: Math.min(a.right, b.right) - Math.max(a.left, b.left),
    height: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
  });
  const overlaps: string[] = [];
  for (const [i, a] of items.entries()) {
    for (const b of items.slice(i + 1)) {
      if (a.node === b.node) continue;
      const { width, height } = overlap(a.box, b.box);
      if (width > 2 && height > 2) overlaps.push(`${a.label} × ${b.label}: ${width.toFixed(0)}×${height.toFixed(0)} px`);
    }
  }
  // A message in flight (.message-packet) crosses the stage on its way, over whatever lies on its path: only its label counts.
  const shapes = [...frame.querySelectorAll<SVGGraphicsElement>('rect, circle, ellipse, path, polygon, image, use')].filter((shape) => {
    if (shape.closest('defs, pattern, marker, clipPath, mask, .message-packet') || !visible(shape)) return false;
    const style = getComputedStyle(shape);
    // A crash mark's crack is a stroke, drawn over its box: it must not cross the box's words either.
    if (shape.closest('.crash-mark') && style.stroke !== 'none') return true;
    return style.fill !== 'none' && Number(style.fillOpacity) * Number(style.opacity) >= 0.5;
  });
  for (const text of svgTexts) {
    const box = text.getBoundingClientRect();
    for (const shape of shapes) {
      if (!(text.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const { width, height } = overlap(box, shape.getBoundingClientRect());
      if (width > 2 && height > 2) overlaps.push(`${nameOf(text)} under a ${shape.tagName}${shape.closest('[data-testid]') ? ` of ${shape.closest('[data-testid]')?.getAttribute('data-testid')}` : ''}: ${width.toFixed(0)}×${height.toFixed(0)} px`);
    }
  }
  // 0.05 px of slack: 14 units at a scale of 0.857 are 12 px, give or take a rounding.
  const small = [...new Set(items.filter((item) => item.px < minPx - 0.05).map((item) => `${item.label}: ${item.px.toFixed(1)} px`))];
  return { texts: items.length, overlaps, small };
}

async function expectStageClear(page: Page, view: string, minPx: number): Promise<void> {
  // The stage re-lays itself out after a resize or a language switch: wait for two frames, then look.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  let problems: Problems = { texts: 0, overlaps: [], small: [] };
  await expect(async () => {
    problems = await page.evaluate(inspectStage, minPx);
    expect(problems.texts).toBeGreaterThan(0);
    expect(problems.overlaps).toEqual([]);
    expect(problems.small).toEqual([]);
  })
    .toPass({ timeout: 1_500, intervals: [250] })
    .catch(() => undefined);
  expect.soft(problems.overlaps, `${view}: stage texts that cover each other`).toEqual([]);
  expect.soft(problems.small, `${view}: stage text below ${minPx} px`).toEqual([]);
  expect.soft(problems.texts, `${view}: stage texts found`).toBeGreaterThan(0);
  if (process.env.SHOTS) {
    // Presenting: as the room sees it, once the floating bar has hidden (the mouse rests, no focus in the bar).
    if (view.includes('presenting')) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect(page.locator('html')).toHaveClass(/chrome-hidden/);
    }
    // The stage at the top of the picture (on a phone it is below the parameters).
    await page.evaluate(() => {
      const frame = document.querySelector('.stage-frame');
      window.scrollTo(0, frame ? Math.max(0, frame.getBoundingClientRect().top + window.scrollY - 60) : 0);
    });
    await page.screenshot({ path: `/tmp/shots-14/${view.replace(/[^\w.-]+/g, '-')}.png` });
  }
}

async function setLanguage(page: Page, language: 'en' | 'pt-BR'): Promise<void> {
  const button = page.getByTestId(`language-${language}`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function nativeAvailable(request: APIRequestContext): Promise<boolean> {
  const body = (await (await request.get('/api/experiments')).json()) as { engines?: { native?: { available?: boolean } } };
  return body.engines?.native?.available === true;
}

const languages = ['en', 'pt-BR'] as const;

test.describe('stage texts: none covers another, none too small', () => {
  test.use({ locale: 'en-US', reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

  // Every lesson's run, recorded one after another (a test waits for its own only), through a request context
  // of this file's own, so they go on being made after the test that asked first has ended. The chain starts at
  // the first test this worker runs (after a failure, Playwright goes on in a new worker).
  let context: APIRequestContext | undefined;
  const recorded = new Map<string, Promise<RecordedRun | undefined>>();
  function recordFrom(first: number, runs: RunShelf, native: Promise<boolean>): void {
    let previous: Promise<unknown> = Promise.resolve();
    for (const item of cases.slice(first)) {
      const run = previous.then(async () => ((await native) || !item.native ? runs.get(context as APIRequestContext, item.experiment, item.params) : undefined));
      run.catch(() => undefined);
      recorded.set(item.name, run);
      previous = run.catch(() => undefined);
    }
  }
  test.beforeAll(async ({ playwright }, { project }) => {
    context = await playwright.request.newContext({ baseURL: project.use.baseURL });
  });
  test.afterAll(async () => {
    await Promise.allSettled(recorded.values());
    await context?.dispose();
  });

  for (const [index, item] of cases.entries()) {
    test(`${item.name}: 1280×720 (end and middle), 390×844, 1920×1080 presenting, in English and Portuguese`, async ({ page, runs }) => {
      test.setTimeout(120_000);
      if (!recorded.has(item.name)) recordFrom(index, runs, nativeAvailable(context as APIRequestContext));
      const run = await recorded.get(item.name);
      test.skip(!run, 'the native engine is not available on this server');
      if (!run) return;
      await openRunAtEnd(page, run);

      for (const language of languages) {
        await setLanguage(page, language);
        await expectStageClear(page, `${item.name}-1280x720-${language}-end`, 12);
      }
      // The middle event: what is on stage while the run goes on.
      await page.getByTestId('timeline').evaluate((input: HTMLInputElement, index) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(index));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, Math.floor(run.eventCount / 2));
      await expect(page.getByTestId('event-index')).toContainText(` ${Math.floor(run.eventCount / 2) + 1} /`);
      for (const language of languages) {
        await setLanguage(page, language);
        await expectStageClear(page, `${item.name}-1280x720-${language}-middle`, 12);
      }
      await page.getByTestId('to-end').click();

      await page.setViewportSize({ width: 390, height: 844 });
      for (const language of languages) {
        await setLanguage(page, language);
        await expectStageClear(page, `${item.name}-390x844-${language}-end`, 0);
      }

      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('present-toggle').click();
      await expect(page.getByTestId('presenter-bar')).toBeVisible();
      for (const language of languages) {
        await setLanguage(page, language);
        await expectStageClear(page, `${item.name}-1920x1080-presenting-${language}-end`, 12);
      }
    });
  }
});
