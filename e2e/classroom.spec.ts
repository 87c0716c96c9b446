/**
 * The classroom, end to end, against a SECOND server started here in
 * classroom mode (--host 0.0.0.0: only the holder of the printed token may
 * start runs). A presenter and students in separate browser contexts:
 * students follow the run and the playhead, cannot start runs, can explore
 * alone and rejoin; predict-then-run records and compares; a downloaded run
 * replays with the server blocked; the Perfetto export is a trace file;
 * presenter view at 1280×720 is captured in /tmp/shots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startClassroomServer, type ClassroomServer } from './classroomServer.js';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Beside the suite's own server (E2E_PORT, default 5199): a classroom-mode server of this file's own.
const port = Number(process.env.E2E_PORT ?? 5199) + 100;
const base = `http://127.0.0.1:${port}`;
const shots = '/tmp/shots';

let server: ClassroomServer | undefined;
let token = '';
let dataDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startClassroomServer(port);
  token = server.token;
  dataDir = server.dataDir;
});

test.afterAll(async () => {
  await server?.stop();
});

async function newPage(browser: Browser, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

/** Small parameters keep runs short on a busy 2-core machine. */
async function runSmallMemoryRun(page: Page): Promise<string> {
  await page.getByTestId('param-processes').fill('2');
  await page.getByTestId('param-threads').fill('2');
  await page.getByTestId('param-increments').fill('3');
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await expect(page).toHaveURL(/[?&]run=/);
  return new URL(page.url()).searchParams.get('run') ?? '';
}

test('HTTP: starting a run without the presenter token is refused', async ({ request }) => {
  const anonymous = await request.post(`${base}/api/runs`, { data: { experiment: 'memory' } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toContain('classroom mode');
  const wrong = await request.post(`${base}/api/runs`, { data: { experiment: 'memory' }, headers: { authorization: 'Bearer not-the-token' } });
  expect(wrong.status()).toBe(403);
});

test('students follow the presenter’s run and playhead, explore alone and rejoin', async ({ browser }) => {
  const presenter = await newPage(browser);
  await presenter.page.goto(`${base}/lessons/memory?token=${token}`);
  // The secret leaves the (projected) address bar at once, but the page keeps its rights.
  await expect(presenter.page).not.toHaveURL(/token=/);
  await expect(presenter.page.getByTestId('run-button')).toBeEnabled();

  const first = await newPage(browser);
  await first.page.goto(`${base}/?follow=1`);
  await expect(first.page).toHaveURL(/\/lessons\/memory/);
  await expect(first.page.getByTestId('room-status')).toHaveAttribute('data-following', 'true');
  // A student has no way to start a run: the button is disabled.
  await expect(first.page.getByTestId('run-button')).toBeDisabled();
  await expect(presenter.page.getByTestId('room-followers')).toHaveAttribute('data-count', '1');

  const runId = await runSmallMemoryRun(presenter.page);
  await expect(first.page).toHaveURL(new RegExp(`run=${runId}`));
  await expect(first.page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');

  // The presenter pauses on an event: the student shows the same one.
  await presenter.page.getByTestId('to-end').click();
  await presenter.page.getByTestId('step-back').click();
  await presenter.page.getByTestId('step-back').click();
  const index = presenter.page.getByTestId('event-index');
  const shown = (await index.textContent()) ?? '';
  expect(shown).toMatch(/^event \d+ \/ \d+$/);
  await expect(first.page.getByTestId('event-index')).toHaveText(shown);
  await expect(first.page.getByTestId('real-time')).toHaveText((await presenter.page.getByTestId('real-time').textContent()) ?? '');

  // A late joiner (in Portuguese) lands on the same event at once.
  const late = await newPage(browser, 'pt-BR');
  await late.page.goto(`${base}/?follow=1`);
  await expect(late.page).toHaveURL(new RegExp(`/lessons/memory\\?run=${runId}`));
  await expect(late.page.getByTestId('room-status')).toContainText('Acompanhando quem apresenta');
  const [, number, total] = /^event (\d+) \/ (\d+)$/.exec(shown) ?? [];
  await expect(late.page.getByTestId('event-index')).toHaveText(`evento ${number} / ${total}`);
  await expect(presenter.page.getByTestId('room-followers')).toHaveAttribute('data-count', '2');

  // Speed and play state follow too.
  await presenter.page.getByTestId('speed-2').click();
  await presenter.page.getByTestId('to-start').click();
  await presenter.page.getByTestId('play-pause').click();
  await expect(first.page.getByTestId('speed-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(first.page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
  const shownNumber = async (page: Page) => Number(/^\D*(\d+)/.exec((await page.getByTestId('event-index').textContent()) ?? '')?.[1]);
  await expect.poll(() => shownNumber(presenter.page)).toBeGreaterThan(3);
  await presenter.page.getByTestId('play-pause').click();
  const paused = (await index.textContent()) ?? '';
  await expect(first.page.getByTestId('event-index')).toHaveText(paused);
  await expect(first.page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');

  // Exploring alone: the student scrubs freely and no longer counts as following.
  await first.page.getByTestId('room-explore').click();
  await expect(presenter.page.getByTestId('room-followers')).toHaveAttribute('data-count', '1');
  await first.page.getByTestId('to-start').click();
  const alone = (await first.page.getByTestId('event-index').textContent()) ?? '';
  await presenter.page.getByTestId('to-end').click();
  const end = (await index.textContent()) ?? '';
  expect(end).not.toBe(alone);
  await expect(late.page.getByTestId('event-index')).toHaveText(end.replace('event', 'evento'));
  await expect(first.page.getByTestId('event-index')).toHaveText(alone);

  // One click to rejoin, and the page catches up.
  await first.page.getByTestId('room-rejoin').click();
  await expect(first.page.getByTestId('event-index')).toHaveText(end);
  await expect(presenter.page.getByTestId('room-followers')).toHaveAttribute('data-count', '2');

  // Going elsewhere in the app detaches too; rejoining brings the page back to the room.
  await first.page.getByTestId('path-link').click();
  await expect(first.page.getByTestId('guided-path')).toBeVisible();
  await expect(first.page.getByTestId('room-status')).toHaveAttribute('data-following', 'false');
  await first.page.getByTestId('room-rejoin').click();
  await expect(first.page).toHaveURL(new RegExp(`/lessons/memory\\?run=${runId}`));
  await expect(first.page.getByTestId('event-index')).toHaveText(end);

  // Touching the playback while following also detaches (no snapping back).
  await late.page.getByTestId('to-start').click();
  await expect(late.page.getByTestId('room-status')).toHaveAttribute('data-following', 'false');
  await expect(presenter.page.getByTestId('room-followers')).toHaveAttribute('data-count', '1');

  for (const { context } of [presenter, first, late]) await context.close();
});

test('local mode: a tab opened with ?follow=1 follows another tab', async ({ browser }) => {
  // The default test server (playwright.config.ts) runs in local mode: every tab may control.
  const leader = await newPage(browser);
  await leader.page.goto('/lessons/memory');
  const follower = await newPage(browser);
  await follower.page.goto('/?follow=1');
  await expect(follower.page.getByTestId('room-status')).toHaveAttribute('data-following', 'true');
  await expect(follower.page).toHaveURL(/\/lessons\/memory/);
  await expect(leader.page.getByTestId('room-followers')).toHaveAttribute('data-count', '1');
  await leader.page.getByTestId('home-link').click();
  await expect(follower.page).toHaveURL(/\/$/);
  await leader.context.close();
  await follower.context.close();
});

test('predict, then run: the answer is kept and compared with what was measured', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto(`${base}/lessons/memory?token=${token}`);
  await expect(page.getByTestId('predict-lock')).toBeDisabled();
  await page.getByTestId('predict-option-changes').check();
  await page.getByTestId('predict-lock').click();
  await expect(page.getByTestId('predict-yours')).toHaveAttribute('data-answer', 'changes');

  await runSmallMemoryRun(page);
  // Nothing is revealed before playback shows the end of the run.
  await page.getByTestId('to-start').click();
  await expect(page.getByTestId('predict-outcome')).toHaveCount(0);
  await page.getByTestId('to-end').click();
  await expect(page.getByTestId('predict-measured')).toHaveAttribute('data-measured', 'unchanged');
  await expect(page.getByTestId('predict-measured')).toContainText('The parent’s x ended at 0');
  await expect(page.getByTestId('predict-outcome')).toHaveAttribute('data-comparison', 'miss');

  // A changed prediction compares again, and survives a reload (localStorage).
  await page.getByTestId('predict-change').click();
  await page.getByTestId('predict-option-unchanged').check();
  await page.getByTestId('predict-lock').click();
  await expect(page.getByTestId('predict-outcome')).toHaveAttribute('data-comparison', 'match');
  await page.reload();
  await expect(page.getByTestId('predict-yours')).toHaveAttribute('data-answer', 'unchanged');

  // The quiz: a wrong answer gives a hint, the right one an explanation; the score counts first tries.
  await page.getByTestId('quiz').locator('summary').click();
  await page.getByTestId('quiz-q1-option-0').check();
  await page.getByTestId('quiz-q1-check').click();
  await expect(page.getByTestId('quiz-q1-feedback')).toContainText('Hint:');
  await page.getByTestId('quiz-q1-option-1').check();
  await page.getByTestId('quiz-q1-check').click();
  await expect(page.getByTestId('quiz-q1-feedback').locator('[data-result]')).toHaveAttribute('data-result', 'right');
  await page.getByTestId('quiz-q2-option-2').check();
  await page.getByTestId('quiz-q2-check').click();
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-score', '1');
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-solved', '2');

  // The guided path shows where this learner stands.
  await page.getByTestId('path-link').click();
  await expect(page.getByTestId('path-step-memory')).toHaveAttribute('data-status', 'compared');
  await expect(page.getByTestId('path-step-communication')).toHaveAttribute('data-status', 'notStarted');
  await context.close();
});

test('a run is exported (NDJSON, Perfetto trace, permalink) and replays offline', async ({ browser }) => {
  const presenter = await newPage(browser);
  await presenter.page.goto(`${base}/lessons/memory?token=${token}`);
  const runId = await runSmallMemoryRun(presenter.page);
  await presenter.page.getByTestId('to-end').click();
  const total = /\/ (\d+)$/.exec((await presenter.page.getByTestId('event-index').textContent()) ?? '')?.[1];

  const ndjsonDownload = presenter.page.waitForEvent('download');
  await presenter.page.getByTestId('run-download-ndjson').click();
  const ndjson = await ndjsonDownload;
  expect(ndjson.suggestedFilename()).toBe(`memory-${runId}.ndjson`);
  const ndjsonPath = join(dataDir, ndjson.suggestedFilename());
  await ndjson.saveAs(ndjsonPath);
  expect(readFileSync(ndjsonPath, 'utf8').trim().split('\n')).toHaveLength(Number(total));

  const traceDownload = presenter.page.waitForEvent('download');
  await presenter.page.getByTestId('run-download-trace').click();
  const tracePath = join(dataDir, 'trace.json');
  await (await traceDownload).saveAs(tracePath);
  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: Array<{ ph: string; name: string }> };
  expect(trace.traceEvents.length).toBeGreaterThan(10);
  expect(trace.traceEvents.some((event) => event.ph === 'M' && event.name === 'process_name')).toBe(true);
  expect(trace.traceEvents.some((event) => event.ph === 'X')).toBe(true);

  // The permalink opens the right lesson on that run.
  const permalink = await newPage(browser);
  await permalink.page.goto(`${base}/runs/${runId}`);
  await expect(permalink.page).toHaveURL(new RegExp(`/lessons/memory\\?run=${runId}`));
  await expect(permalink.page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
  await permalink.context.close();
  await presenter.context.close();

  // Offline: no API, no WebSocket; the file alone replays the run.
  const offline = await newPage(browser);
  await offline.context.route('**/api/**', (route) => route.abort());
  await offline.context.routeWebSocket(/\/ws/, (socket) => socket.close());
  await offline.page.goto(`${base}/`);
  await expect(offline.page.getByTestId('connection-status')).toContainText('retrying');

  // A broken file is refused with the line that is wrong (dropped onto the page).
  const firstLine = readFileSync(ndjsonPath, 'utf8').split('\n')[0] ?? '';
  await offline.page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'broken.ndjson', { type: 'application/x-ndjson' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, `${firstLine}\nthis is not json\n`);
  await expect(offline.page.getByTestId('replay-error')).toContainText('line 2 is not JSON');

  await offline.page.getByTestId('run-file-input').setInputFiles(ndjsonPath);
  await expect(offline.page).toHaveURL(new RegExp(`/lessons/memory\\?run=${runId}`));
  await expect(offline.page.getByTestId('replay-status')).toHaveAttribute('data-state', 'opened');
  await offline.page.getByTestId('to-end').click();
  await expect(offline.page.getByTestId('event-index')).toHaveText(`event ${total} / ${total}`);
  await expect(offline.page.getByTestId('result-parent-x')).toHaveText('0');
  await expect(offline.page.getByTestId('result-shared-x')).toHaveText('6');

  // Exports of a file's run are built in the browser.
  const offlineTrace = offline.page.waitForEvent('download');
  await offline.page.getByTestId('run-download-trace').click();
  const offlineTracePath = join(dataDir, 'offline-trace.json');
  await (await offlineTrace).saveAs(offlineTracePath);
  expect((JSON.parse(readFileSync(offlineTracePath, 'utf8')) as { traceEvents: unknown[] }).traceEvents.length).toBe(trace.traceEvents.length);
  await offline.context.close();
});

test('presenter view: large, keyboard-driven, readable at 1280×720', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto(`${base}/lessons/memory?token=${token}&present=1`);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByTestId('lesson-memory')).toBeVisible();

  // R runs the lesson again (with the parameters of the run on stage).
  await expect(page.getByTestId('presenter-run-again')).toBeEnabled();
  await page.locator('main').focus();
  await page.keyboard.press('r');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  const firstRun = new URL(page.url()).searchParams.get('run');
  await page.keyboard.press('r');
  await expect(page).not.toHaveURL(new RegExp(`run=${firstRun}$`));
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });

  // + / − change the speed; Space plays and pauses.
  await page.keyboard.press('+');
  await expect(page.getByTestId('speed-2')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('-');
  await expect(page.getByTestId('speed-1')).toHaveAttribute('aria-pressed', 'true');
  const playPause = page.getByTestId('play-pause');
  const before = await playPause.getAttribute('aria-pressed');
  const toggled = before === 'true' ? 'false' : 'true';
  await page.keyboard.press(' ');
  await expect(playPause).toHaveAttribute('aria-pressed', toggled);
  await page.keyboard.press(' ');
  await expect(playPause).not.toHaveAttribute('aria-pressed', toggled);

  // The end of the run, with the controls hidden (the mouse rests): what the room sees.
  await page.mouse.move(400, 300);
  await page.getByTestId('to-end').click();
  await expect(page.locator('html')).toHaveClass(/chrome-hidden/, { timeout: 10_000 });
  const stage = await page.locator('.stage-frame').boundingBox();
  expect(stage?.width ?? 0).toBeGreaterThan(1100);
  const readout = await page.getByTestId('real-time').boundingBox();
  expect((readout?.y ?? 9999) + (readout?.height ?? 0)).toBeLessThanOrEqual(720);
  const readoutSize = await page.getByTestId('real-time').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(readoutSize).toBeGreaterThanOrEqual(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${shots}/classroom-presenter-idle.png` });

  // The mouse brings the controls back.
  await page.mouse.move(600, 400);
  await expect(page.locator('html')).not.toHaveClass(/chrome-hidden/);
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  // Let the bar finish sliding in before the picture.
  await expect.poll(() => page.locator('.top-bar').evaluate((bar) => getComputedStyle(bar).opacity)).toBe('1');
  await page.screenshot({ path: `${shots}/classroom-presenter-controls.png` });

  // ? shows the keys; J how to join (with a QR code); Esc closes.
  await page.keyboard.press('?');
  await expect(page.getByTestId('key-help')).toBeVisible();
  await page.screenshot({ path: `${shots}/classroom-presenter-keys.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('key-help')).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(page.getByTestId('join-url')).toHaveText(`127.0.0.1:${port}/?follow=1`);
  await expect(page.getByTestId('join-qr')).toBeVisible();
  await page.screenshot({ path: `${shots}/classroom-presenter-join.png` });
  await page.keyboard.press('Escape');

  // Number keys switch lessons in catalog order; P leaves presenter view.
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/\/lessons\/creation/);
  // The last lesson of the catalog has its key too, and its page shows the class its question.
  await page.keyboard.press('7');
  await expect(page).toHaveURL(/\/lessons\/backend/);
  await expect(page.getByTestId('lesson-backend')).toBeVisible();
  await expect(page.getByTestId('predict-card')).toContainText('Which loses more requests');
  await page.keyboard.press('1');
  await expect(page).toHaveURL(/\/lessons\/memory/);
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await context.close();
});
