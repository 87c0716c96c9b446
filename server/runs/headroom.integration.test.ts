/**
 * A machine short of memory: the real server refuses new runs with 503 and
 * the figures, starts nothing, and /api/health says why.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJson, startLabServer, type LabServer } from '../testing/labServer.js';

let server: LabServer;
beforeAll(async () => {
  // A reserve no machine has: every start must be refused.
  server = await startLabServer(['--min-free-memory-mb', String(64 * 1024 * 1024)]);
});
afterAll(async () => {
  await server.stop();
});

it('refuses a run with 503 and the figures while free memory is below the reserve, and says so in /api/health', async () => {
  const refused = await postJson(`${server.url}/api/runs`, { experiment: 'memory' });
  expect(refused.status).toBe(503);
  expect(String(refused.body.error)).toMatch(/MiB of memory available, below the \d+ MiB the lab keeps in reserve/);
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { admission: Record<string, unknown>; running: number; queued: number };
  expect(health.admission).toMatchObject({ ok: false, reason: expect.stringContaining('reserve') });
  expect(health.running + health.queued).toBe(0);
  expect(((await (await fetch(`${server.url}/api/runs`)).json()) as { runs: unknown[] }).runs).toEqual([]);
});
