/**
 * The communication lesson in a real Chromium against the real server: a few
 * round trips over every channel, skipped to the end: the verdict, each
 * channel's median, the spin warning, in English and then (the same run,
 * through the language switch) in Portuguese. No assertion on the latencies
 * themselves: the machine is small and busy.
 */
import { expect, openRunAtEnd, skipToEnd, switchToPortuguese, test } from './sharedRuns.js';

const channels = ['postMessage', 'sab-wait', 'sab-spin', 'ipc-json', 'ipc-advanced', 'pipe', 'unix-socket', 'tcp'];
/** Few round trips: the run takes seconds. */
const small = { roundTrips: 10 };

const english = { verdict: /^Between processes, the fastest channel here \([^,]+, [\d.,]+ µs per round trip\) (took|was) .*postMessage between threads \([\d.,]+ µs\).*; shared memory with Atomics\.wait \([\d.,]+ µs\) (was|took) .*postMessage; shared memory with busy-waiting \([\d.,]+ µs\) (was|took) .*postMessage, (but|and) each of its two threads keeps a core busy while it waits\.$/, number: /^[\d,]+(\.\d+)?$/ };
const portuguese = { verdict: /^Entre processos, o canal mais rápido aqui \([^,]+, [\d.,]+ µs por ida e volta\) (levou|foi) .*postMessage entre threads \([\d.,]+ µs\).*; .* \([\d.,]+ µs\) (foi|levou) .*postMessage; .* \([\d.,]+ µs\) (foi|levou) .*postMessage, (mas|e) cada uma das suas duas threads ocupa um núcleo enquanto espera\.$/, number: /^[\d.]+(,\d+)?$/ };

test.describe('communication lesson', () => {
  test.use({ locale: 'en-US' });

  test('runs every channel, plays to the end and shows the verdict and each channel’s figures, in English and then in Portuguese', async ({ page, runs }) => {
    test.setTimeout(90_000);
    await page.goto('/lessons/communication');
    await page.getByTestId('param-roundTrips').fill(String(small.roundTrips));
    await expect(page.getByTestId('run-button')).toBeEnabled();
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 50_000 });
    await skipToEnd(page, await runs.keep(page));

    const expectAtEnd = async (language: typeof english) => {
      await expect(page.getByTestId('verdict')).toHaveText(language.verdict);
      for (const channel of channels) {
        await expect(page.getByTestId(`result-median-${channel}`)).toHaveText(language.number);
        await expect(page.getByTestId(`chip-${channel}`)).toHaveAttribute('data-told', 'true');
      }
      await expect(page.getByTestId('spin-warning')).toBeVisible();
      // The charts load lazily (recharts); a busy machine can take a while.
      await expect(page.getByTestId('latency-chart')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('throughput-chart')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('box-peer-process')).toContainText(/PID \d+/);
      await expect(page.getByTestId('lane-peer-thread')).toContainText(/TID \d+/);
    };
    await expectAtEnd(english);
    await switchToPortuguese(page);
    await expectAtEnd(portuguese);
  });
});

test('a process message is shown crossing the kernel, a shared-memory message is a write and a read', async ({ page, runs }) => {
  await openRunAtEnd(page, await runs.get(page.request, 'communication', small));
  await page.getByTestId('to-start').click();
  let sawKernelStep = false;
  let sawNoCopy = false;
  for (let step = 0; step < 90 && !(sawKernelStep && sawNoCopy); step += 1) {
    await page.getByTestId('step-forward').click();
    const steps = page.getByTestId('steps');
    const channel = await steps.getAttribute('data-channel');
    const active = await steps.getAttribute('data-active');
    if (channel === 'ipc-json' && (active === '1' || active === '2')) sawKernelStep = true;
    if (channel === 'sab-wait' && active === '2') sawNoCopy = true;
  }
  expect(sawKernelStep).toBe(true);
  expect(sawNoCopy).toBe(true);
});
