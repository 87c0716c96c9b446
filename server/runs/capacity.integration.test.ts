/**
 * A burst of launch requests: never more lab hosts running than the cap, the
 * rest queued (201) or refused with a clear 429, and every accepted run ends.
 */
import { describe, expect, it } from 'vitest';
import { postJson, sleep, startLabServer } from '../testing/labServer.js';

describe('capacity', () => {
  it('queues or refuses 200 simultaneous launches and never runs more than the cap', async () => {
    const server = await startLabServer(['--max-running', '2', '--max-queued', '8']);
    try {
      let maxSeenRunning = 0;
      let polling = true;
      const poller = (async () => {
        while (polling) {
          // A server stopped by a failed assertion ends the polling: its last fetch fails, quietly, instead of as an unhandled error.
          const health = await fetch(`${server.url}/api/health`)
            .then((response) => response.json() as Promise<{ running: number }>)
            .catch(() => undefined);
          if (!health) break;
          maxSeenRunning = Math.max(maxSeenRunning, health.running);
          await sleep(5);
        }
      })();
      const body = { experiment: 'memory', params: { processes: 1, threads: 1, increments: 1 } };
      const answers = await Promise.all(Array.from({ length: 200 }, () => postJson(`${server.url}/api/runs`, body)));
      const accepted = answers.filter((answer) => answer.status === 201);
      const refused = answers.filter((answer) => answer.status === 429);
      expect(accepted.length + refused.length).toBe(200);
      expect(accepted.length).toBeLessThanOrEqual(2 + 8);
      expect(accepted.length).toBeGreaterThanOrEqual(2);
      for (const answer of refused) expect(String(answer.body.error)).toMatch(/the lab is busy/);

      const ids = accepted.map((answer) => String(answer.body.id));
      for (;;) {
        const infos = await Promise.all(
          ids.map(async (id) => (await (await fetch(`${server.url}/api/runs/${id}`)).json()) as { status: string; error?: string }),
        );
        if (infos.every((info) => info.status === 'finished')) break;
        // With the reason, so that a rare failure says why (one was seen once in a fresh-clone run, not reproduced since).
        expect(infos.filter((info) => info.status === 'failed').map((info) => `failed: ${info.error}`)).toEqual([]);
        await sleep(100);
      }
      polling = false;
      await poller;
      expect(maxSeenRunning).toBeLessThanOrEqual(2);
      expect(maxSeenRunning).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
