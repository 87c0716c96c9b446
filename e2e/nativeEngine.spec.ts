import type { Page } from '@playwright/test';
import { expect, openRunAtEnd, switchToPortuguese, test } from './sharedRuns.js';

/**
 * The native engine (the C program) from the browser: the memory lesson
 * switched to "native (C)" shows the same virtual address of x in the parent
 * and its children, their different values, and the copy-on-write page fault.
 * Creation and communication measure the C program in every run, so those
 * tests replay the runs their lessons' tests recorded (sharedRuns.ts).
 * Skipped when the server says it cannot run the native engine.
 */
async function nativeAvailable(page: Page): Promise<boolean> {
  const response = await page.request.get('/api/experiments');
  const body = (await response.json()) as { engines?: { native?: { available?: boolean } } };
  return body.engines?.native?.available === true;
}

async function runToCompletion(page: Page): Promise<void> {
  await expect(page.getByTestId('run-button')).toBeEnabled();
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await page.getByTestId('to-end').click();
}

const english = { note: /fork without exec/, native: 'native (C)' };
const portuguese = { note: /fork sem exec/, native: 'nativo (C)' };

test.describe('native engine in the memory lesson', () => {
  test.use({ locale: 'en-US' });

  test('switches to native (C) and shows one address of x with different values (in English, then in Portuguese)', async ({ page }) => {
    test.skip(!(await nativeAvailable(page)), 'the native engine is not available on this server');
    await page.goto('/lessons/memory');
    const nativeChoice = page.getByTestId('engine-native');
    await expect(nativeChoice).toBeEnabled();
    await expect(page.getByTestId('engine-switch')).toContainText(english.native);
    await nativeChoice.check();
    await expect(page.getByTestId('native-note')).toContainText(english.note);
    await runToCompletion(page);

    const expectAtEnd = async () => {
      // The parent box is the C program; each box shows &x read in that process.
      await expect(page.getByTestId('address-native')).toHaveText(/^&x = 0x[0-9a-f]+$/);
      const parentAddress = (await page.getByTestId('address-native').textContent()) ?? '';
      for (const child of ['child-1', 'child-2', 'child-3']) {
        await expect(page.getByTestId(`address-${child}`)).toHaveText(parentAddress);
        await expect(page.getByTestId(`cell-${child}-value`)).toHaveText('5');
        await expect(page.getByTestId(`faults-${child}`)).toBeVisible();
      }
      await expect(page.getByTestId('cell-native-value')).toHaveText('0');
      await expect(page.getByTestId('cell-threaded-value')).toHaveText('15');

      // The results table: the same address everywhere, values from real memory, the page fault of the first write.
      const address = parentAddress.replace('&x = ', '');
      await expect(page.getByTestId('native-address-native')).toHaveText(address);
      for (const actor of ['child-1', 'child-2', 'child-3', 'threaded', 'thread-1']) {
        await expect(page.getByTestId(`native-address-${actor}`)).toHaveText(address);
      }
      await expect(page.getByTestId('native-x-native')).toHaveText('0');
      await expect(page.getByTestId('native-x-child-2')).toHaveText('5');
      await expect(page.getByTestId('native-x-thread-3')).toHaveText('15');
      await expect(page.getByTestId('native-same-address')).toHaveClass('ok');
      await expect(page.getByTestId('native-copy-on-write')).toHaveClass('ok');
      await expect(page.getByTestId('native-faults-child-1')).toHaveText(/^\d+ → \d+ → \d+$/);
    };
    await expectAtEnd();
    // The same run in Portuguese: the engine choice and its note are translated, the figures stay.
    await switchToPortuguese(page);
    await expect(page.getByTestId('engine-switch')).toContainText(portuguese.native);
    await expect(page.getByTestId('native-note')).toContainText(portuguese.note);
    await expectAtEnd();

    // Opened by its link in a fresh page, the run brings its engine to the switch (a C run was shown under "Node.js").
    expect(page.url()).toContain('run=');
    const fresh = await page.context().newPage();
    await fresh.goto(page.url());
    await expect(fresh.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
    await expect(fresh.getByTestId('engine-native')).toBeChecked();
    await fresh.close();
  });
});

test('crash on the native engine: a NULL dereference kills one process alone, and a whole process of threads', async ({ page }) => {
  test.skip(!(await nativeAvailable(page)), 'the native engine is not available on this server');
  await page.goto('/lessons/crash');
  await page.getByTestId('engine-native').check();
  // The C program commits one fault on both sides: the fault choices are hidden.
  await expect(page.getByTestId('param-processFault')).toHaveCount(0);
  await expect(page.getByTestId('param-threadFault')).toHaveCount(0);
  await runToCompletion(page);
  await expect(page.getByTestId('dead-proc-2')).toContainText('SIGSEGV');
  await expect(page.getByTestId('dead-proc-1')).toHaveCount(0);
  expect(Number((await page.getByTestId('result-beats-proc-1').textContent()) ?? '0')).toBeGreaterThan(0);
  await expect(page.getByTestId('dead-threaded')).toContainText('SIGSEGV');
  await expect(page.getByTestId('result-beats-thread-1')).toHaveText('0');
  await expect(page.getByTestId('node-note-native-null-dereference')).toBeVisible();
});

test('creation shows the C program’s fork and pthread_create beside Node’s units', async ({ page, runs }) => {
  test.skip(!(await nativeAvailable(page)), 'the native engine is not available on this server');
  // The creation lesson's small run (creationLesson.spec.ts).
  await openRunAtEnd(page, await runs.get(page.request, 'creation', { units: 2, repeats: 1 }));
  await expect(page.getByTestId('native-creation')).toBeVisible();
  await expect(page.getByTestId('native-ready-process')).toHaveText(/^\d/);
  await expect(page.getByTestId('native-times-thread')).toHaveText(/^× \d/);
});

test('on a server without the native program, the choice is disabled and says why', async ({ page }) => {
  // What a server installed without a C compiler answers (the catalog itself comes from the real server).
  await page.route('**/api/experiments', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...body, engines: { node: { available: true }, native: { available: false, reason: 'no C compiler (cc) found' } } } });
  });
  await page.goto('/lessons/memory');
  await expect(page.getByTestId('engine-native')).toBeDisabled();
  await expect(page.getByTestId('engine-node')).toBeChecked();
  await expect(page.getByTestId('engine-note')).toHaveText('The native engine is not available on this server (the server says: “no C compiler (cc) found”).');
});

test('communication puts C’s pipe and futex beside Node’s pipe and sab-wait, with Node ÷ C', async ({ page, runs }) => {
  test.skip(!(await nativeAvailable(page)), 'the native engine is not available on this server');
  // The communication lesson's small run (communicationLesson.spec.ts).
  await openRunAtEnd(page, await runs.get(page.request, 'communication', { roundTrips: 10 }));
  await expect(page.getByTestId('native-communication')).toBeVisible();
  await expect(page.getByTestId('native-node-pipe')).toHaveText(/^pipe: \d/);
  await expect(page.getByTestId('native-node-shm-futex')).toHaveText(/^sab-wait: \d/);
  await expect(page.getByTestId('native-ratio-pipe')).toHaveText(/^× \d/);
});
