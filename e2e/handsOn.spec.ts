/**
 * A hands-on class, end to end, against a server of this file's own in
 * classroom mode with one run at a time (--max-running 1), so a queue forms:
 * a presenter and two students in separate browser contexts (each student
 * with their own session cookie). The presenter opens hands-on time; both
 * students run; the second sees its place in line; a third run from the same
 * student is refused with its reason (on screen, and 429 over HTTP); the
 * presenter's class wall shows both students' results and the prediction;
 * closing hands-on time refuses further runs.
 */
import AxeBuilder from '@axe-core/playwright';
import { startClassroomServer, type ClassroomServer } from './classroomServer.js';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Beside the suite's own server (E2E_PORT) and classroom.spec.ts's (+100): a hands-on server of this file's own.
const port = Number(process.env.E2E_PORT ?? 5199) + 200;
const base = `http://127.0.0.1:${port}`;

let server: ClassroomServer | undefined;
let token = '';

test.describe.configure({ mode: 'serial' });
// Every step is bounded: nothing waits for the whole test's time.
test.use({ actionTimeout: 15_000, navigationTimeout: 20_000 });

test.beforeAll(async () => {
  // Hands-on time starts closed (no --hands-on): the presenter opens it from the screen.
  server = await startClassroomServer(port, ['--max-running', '1']);
  token = server.token;
});

test.afterAll(async () => {
  await server?.stop();
});

async function newPage(browser: Browser, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
  return { context, page: await context.newPage() };
}

/** A student joins (the page sets their session cookie), follows the presenter to the race lesson and picks a name. */
async function joinAs(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const student = await newPage(browser);
  await student.page.goto(`${base}/?follow=1`);
  await expect(student.page).toHaveURL(/\/lessons\/race/);
  await student.page.getByTestId('student-name-input').fill(name);
  await student.page.getByTestId('student-name-save').click();
  await expect(student.page.getByTestId('student-name')).toContainText(`The class sees your runs as ${name}.`);
  // Runs long enough (a few seconds each) that, one at a time, a queue forms.
  await student.page.getByTestId('param-increments').fill('3000000');
  await student.page.getByTestId('param-repeats').fill('10');
  return student;
}

/** Serious or critical WCAG 2 A/AA problems on the page, as accessibility.spec.ts counts them. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
}

/** Starts a run the way a student's script would, with the student's own session cookie. */
function startOverHttp(context: BrowserContext) {
  return context.request.post(`${base}/api/runs`, { data: { experiment: 'race', params: { increments: 1000, repeats: 1 } } });
}

test('a hands-on class: students run in turn, a quota refuses, the wall shows the class, closing refuses', async ({ browser }) => {
  test.setTimeout(240_000);
  const presenter = await newPage(browser);
  await presenter.page.goto(`${base}/lessons/race?token=${token}`);
  await expect(presenter.page).not.toHaveURL(/token=/);
  await expect(presenter.page.getByTestId('run-button')).toBeEnabled();

  const ana = await joinAs(browser, 'Ana');
  const bruno = await joinAs(browser, 'Bruno');

  // Hands-on time is closed: students follow and may not run.
  for (const student of [ana, bruno]) {
    await expect(student.page.getByTestId('handsOn-closed')).toHaveText(/Hands-on time is closed: follow the presenter/);
    await expect(student.page.getByTestId('run-button')).toBeDisabled();
  }
  const closedAttempt = await startOverHttp(ana.context);
  expect(closedAttempt.status()).toBe(403);

  // The presenter opens it from the presenter bar.
  await presenter.page.getByTestId('present-toggle').click();
  const toggle = presenter.page.getByTestId('handsOn-toggle');
  await expect(toggle).toHaveAttribute('data-open', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-open', 'true');
  await expect(toggle).toHaveText('Close hands-on time');
  for (const student of [ana, bruno]) {
    await expect(student.page.getByTestId('handsOn-open')).toBeVisible();
    await expect(student.page.getByTestId('run-button')).toBeEnabled();
  }

  // Bruno predicts before he runs; the server scores it against his run's result.
  await bruno.page.getByTestId('predict-option-sometimes').check();
  await bruno.page.getByTestId('predict-lock').click();

  // Ana runs first; Bruno's run waits its turn and he sees his place in line.
  await ana.page.getByTestId('run-button').click();
  await expect(ana.page.getByTestId('run-status')).toHaveAttribute('data-status', /running|queued/);
  await expect(ana.page.getByTestId('room-status')).toHaveAttribute('data-following', 'false');
  await bruno.page.getByTestId('run-button').click();
  const place = bruno.page.getByTestId('queue-place');
  await expect(place).toHaveAttribute('data-position', '1');
  await expect(place).toHaveText(/^Queued: 1st in line, (about \d+ s|about \d+ min) \(an estimate\)$|^Queued: 1st in line, next to start$/);

  // Ana queues a second run; a third is one more than her quota: refused, with its reason.
  await expect(ana.page.getByTestId('run-button')).toBeEnabled();
  await ana.page.getByTestId('run-button').click();
  await expect(ana.page.getByTestId('queue-place')).toBeVisible();
  const reason = ana.page.getByTestId('handsOn-reason');
  await expect(reason).toHaveAttribute('data-kind', 'quota');
  await expect(reason).toContainText('You already have a run going and one waiting');
  await expect(ana.page.getByTestId('run-button')).toBeDisabled();
  const third = await startOverHttp(ana.context);
  expect(third.status()).toBe(429);
  expect(Number(third.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await third.json()).error).toMatch(/running and \d+ waiting/);
  expect(await seriousViolations(ana.page)).toEqual([]);

  // Every run ends, one at a time; each says where it was measured and who ran it.
  await expect(bruno.page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 150_000 });
  await expect(bruno.page.getByTestId('run-placement')).toContainText(/Measured (alone|beside \d+ other runs?),? on cores? \d/);
  await expect(bruno.page.getByTestId('run-owner')).toHaveText('run by Bruno');
  await expect(ana.page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 150_000 });
  // A student sees the class so far after their own run.
  await expect(bruno.page.getByTestId('class-so-far')).toBeVisible();

  // The presenter's wall shows both students' runs, and the prediction scored from Bruno's recorded result.
  await presenter.page.getByTestId('class-wall-link').click();
  await expect(presenter.page.getByTestId('class-wall')).toBeVisible();
  await expect(presenter.page.getByTestId('class-totals')).toHaveAttribute('data-students', '2');
  await expect(presenter.page.getByTestId('class-totals')).toHaveAttribute('data-runs', '3');
  await expect(presenter.page.getByTestId('class-figure-race')).toHaveAttribute('data-runs', '3');
  await expect(presenter.page.getByTestId('class-predictions-race')).toContainText(/of 1$/);
  await expect(presenter.page.getByTestId('class-wall')).toContainText('From the class’s recorded runs');
  expect(await seriousViolations(presenter.page)).toEqual([]);
  await presenter.page.getByTestId('language-pt-BR').click();
  await expect(presenter.page.getByRole('heading', { level: 1 })).toHaveText('Painel da turma');
  await expect(presenter.page.getByTestId('class-totals')).toHaveText('3 execuções de 2 estudantes');
  await presenter.page.getByTestId('language-en').click();

  // Closing hands-on time: students may not run any more, on screen or over HTTP.
  await presenter.page.getByTestId('handsOn-toggle').first().click();
  await expect(presenter.page.getByTestId('handsOn-toggle').first()).toHaveAttribute('data-open', 'false');
  for (const student of [ana, bruno]) {
    await expect(student.page.getByTestId('handsOn-closed')).toBeVisible();
    await expect(student.page.getByTestId('run-button')).toBeDisabled();
  }
  const afterClose = await startOverHttp(bruno.context);
  expect(afterClose.status()).toBe(403);
  expect((await afterClose.json()).error).toContain('hands-on time is closed');

  for (const { context } of [presenter, ana, bruno]) await context.close();
});
