/**
 * Recorded runs shared between tests, so that a test which only inspects a
 * finished run (layout, stepping, charts, axe) replays one through its link
 * (`/lessons/<id>?run=<id>`) instead of waiting for a new real run.
 *
 * The shelf lives as long as the Playwright worker (the whole suite: one
 * worker, see playwright.config.ts). A test that ran a lesson in the browser
 * puts its run on the shelf with `keep`; a later test asks with `get` for a run
 * with the parameters it needs and gets that one, or, when there is none (the
 * file runs alone, or the worker restarted after a failure), a new real run
 * started through the HTTP API. Only runs of this server, made by this worker,
 * are ever handed out.
 */
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';

type Params = Record<string, number | string | readonly string[]>;
export type RecordedRun = { id: string; experiment: string; eventCount: number; link: string };
type RunInfo = { id: string; experiment: string; params: Params; status: string; eventCount: number };

/** The backend lesson's small run (seconds instead of tens of seconds), shared by backendLesson, guidedPath and layout. */
export const smallBackend = { workers: 2, requests: 60, concurrency: 4, fault: 'sigsegv' } as const;

function keyOf(experiment: string, params: Params): string {
  return `${experiment} ${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
}

function recorded(info: RunInfo): RecordedRun {
  return { id: info.id, experiment: info.experiment, eventCount: info.eventCount, link: `/lessons/${info.experiment}?run=${info.id}` };
}

export class RunShelf {
  private readonly runs = new Map<string, RecordedRun>();
  private defaults: Record<string, Params> | undefined;

  /** Puts the finished run this page shows (its ?run= link) on the shelf and returns it. */
  async keep(page: Page): Promise<RecordedRun> {
    await expect(page).toHaveURL(/[?&]run=/);
    const id = new URL(page.url()).searchParams.get('run');
    const info = (await (await page.request.get(`/api/runs/${id}`)).json()) as RunInfo;
    expect(info.status).toBe('finished');
    const run = recorded(info);
    this.runs.set(keyOf(info.experiment, info.params), run);
    return run;
  }

  /** A finished run of `experiment` with `params` (the rest at their defaults): from the shelf, else a new one. */
  async get(request: APIRequestContext, experiment: string, params: Params = {}): Promise<RecordedRun> {
    const full = { ...(await this.defaultsOf(request, experiment)), ...params };
    const key = keyOf(experiment, full);
    const kept = this.runs.get(key);
    if (kept) return kept;

    const started = await request.post('/api/runs', { data: { experiment, params: full } });
    expect(started.status(), await started.text()).toBe(201);
    const { id } = (await started.json()) as RunInfo;
    // A plain loop, not expect.poll: a run may be asked for by one test and awaited by the next one
    // (overlap.spec.ts records its runs ahead), and a test's end must not cut its wait short.
    // A run may wait behind others, and a busy machine (2 cores, other jobs) slows each one down.
    let info: RunInfo | undefined;
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      info = (await (await request.get(`/api/runs/${id}`)).json()) as RunInfo;
      if (!/^(queued|running)$/.test(info.status)) break;
    }
    expect(info?.status, `run ${id} of ${experiment}`).toBe('finished');
    const run = recorded(info as RunInfo);
    this.runs.set(key, run);
    return run;
  }

  private async defaultsOf(request: APIRequestContext, experiment: string): Promise<Params> {
    if (!this.defaults) {
      const catalog = (await (await request.get('/api/experiments')).json()) as {
        experiments: Array<{ id: string; params: Record<string, { default: number | string | readonly string[] }> }>;
      };
      this.defaults = Object.fromEntries(
        catalog.experiments.map((spec) => [spec.id, Object.fromEntries(Object.entries(spec.params).map(([name, param]) => [name, param.default]))]),
      );
    }
    const defaults = this.defaults[experiment];
    expect(defaults, `the catalog has "${experiment}"`).toBeDefined();
    return defaults as Params;
  }
}

export const test = base.extend<object, { runs: RunShelf }>({
  runs: [
    async ({}, use) => {
      await use(new RunShelf());
    },
    { scope: 'worker' },
  ],
});

export { expect };

/**
 * Opens a recorded run and skips playback to its end: the last of its events
 * is shown (in any language: "event N / N", "evento N / N").
 */
export async function openRunAtEnd(page: Page, run: RecordedRun): Promise<void> {
  await openRun(page, run);
  await skipToEnd(page, run);
}

/** Opens a recorded run (its link) and waits until the page knows it finished. */
export async function openRun(page: Page, run: RecordedRun): Promise<void> {
  await page.goto(run.link);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
}

/** Skips playback to the run's last event. */
export async function skipToEnd(page: Page, run: RecordedRun): Promise<void> {
  const count = (text: string | undefined) => Number((text ?? '').replace(/\D/g, ''));
  // The log may arrive in more than one piece: skip again until the shown event is the run's last.
  await expect(async () => {
    if (await page.getByTestId('to-end').isEnabled()) await page.getByTestId('to-end').click();
    const [, shown, total] = /^\S+ ([\d.,]+) \/ ([\d.,]+)$/.exec((await page.getByTestId('event-index').textContent()) ?? '') ?? [];
    expect(count(total)).toBe(run.eventCount);
    expect(count(shown)).toBe(run.eventCount);
  }).toPass({ timeout: 20_000 });
}

/**
 * Switches the page to Portuguese with the header's language button, as a
 * reader does (detection from the browser's language is in home.spec.ts). By
 * keyboard, so that no mouse is left hovering the button: the axe checks that
 * follow in accessibility.spec.ts look at the page, not at a hover state.
 */
export async function switchToPortuguese(page: Page): Promise<void> {
  await page.getByTestId('language-pt-BR').press('Enter');
  await expect(page.getByTestId('language-pt-BR')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
}
