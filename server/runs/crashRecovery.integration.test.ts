/**
 * Issue 12, item 6: runs in flight when the server is killed (SIGKILL, no
 * chance to clean up) must not vanish. A real server with one run slot takes
 * three runs (one running, two queued), is killed with SIGKILL, and a new
 * server on the same data dir lists all three, says why the unfinished ones
 * failed, and serves each one's log ending in exactly one terminal event.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labEventSchema, runInfoSchema } from '../../shared/protocol.js';
import { postJson, sleep, startLabServer, type LabServer } from '../testing/labServer.js';

const REASON = 'the server stopped while this run was in flight';

describe('a server killed with SIGKILL mid-run, restarted on the same data dir', () => {
  const servers: LabServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL');
  });

  it('lists the runs that were in flight as failed, with the reason, and serves their logs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lab-crash-recovery-'));
    const first = await startLabServer(['--data-dir', dataDir, '--max-running', '1']);
    servers.push(first);
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await postJson(`${first.url}/api/runs`, { experiment: 'race', params: {} });
      expect(response.status).toBe(201);
      ids.push(String(response.body.id));
    }
    await sleep(300);
    expect(await first.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await startLabServer(['--data-dir', dataDir, '--max-running', '1']);
    servers.push(second);
    const listed = (await (await fetch(`${second.url}/api/runs`)).json()) as { runs: { id: string }[] };
    expect(listed.runs.map((run) => run.id).sort()).toEqual([...ids].sort());

    let interrupted = 0;
    for (const id of ids) {
      const response = await fetch(`${second.url}/api/runs/${id}`);
      expect(response.status, id).toBe(200);
      const info = runInfoSchema.parse(await response.json());
      expect(['finished', 'failed'], id).toContain(info.status);
      if (info.status === 'failed' && info.error === REASON) interrupted += 1;

      const log = await fetch(`${second.url}/api/runs/${id}/events`);
      expect(log.status, id).toBe(200);
      const events = (await log.text()).trim().split('\n').map((line) => labEventSchema.parse(JSON.parse(line)));
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index));
      expect(events.filter((event) => event.kind === 'run.finished' || event.kind === 'run.failed')).toHaveLength(1);
      expect(events.at(-1)?.kind).toBe(info.status === 'finished' ? 'run.finished' : 'run.failed');
      expect(info.eventCount).toBe(events.length);
    }
    // The two queued behind the only slot cannot have finished.
    expect(interrupted).toBeGreaterThanOrEqual(2);
  });
});
