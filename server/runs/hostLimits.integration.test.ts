/**
 * Every process of a run, seen from outside through /proc while it lives:
 * pinned to the run's cores (Cpus_allowed_list) and under the run's resource
 * limits (/proc/<pid>/limits), the lab host and the lesson's own processes alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runOverWebSocket, startLabServer, type LabServer } from '../testing/labServer.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

type Seen = { pid: number; cpus: string; limits: string };

function look(pid: number): Seen | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
    return { pid, cpus: /^Cpus_allowed_list:\s*(\S+)$/m.exec(status)?.[1] ?? '', limits };
  } catch {
    return undefined; // Already gone: nothing to see.
  }
}

const limitOf = (limits: string, name: string): string | undefined =>
  new RegExp(`^${name}\\s+(\\S+)\\s+(\\S+)`, 'm').exec(limits)?.[1];

it('pins every process of a 1-core run to its core and puts it under the run’s limits', async () => {
  const seen: Seen[] = [];
  const run = await runOverWebSocket(server, 'crash', { processes: 3, threads: 2 }, (event) => {
    if (event.kind !== 'actor.started' || event.type !== 'process' || !existsSync(`/proc/${event.pid}`)) return;
    const found = look(event.pid);
    if (found) seen.push(found);
  });
  expect(run.info.status).toBe('finished');
  const cores = run.info.placement?.cores ?? [];
  expect(cores).toHaveLength(1);
  expect(run.info.placement?.pinned).toBe(true);
  // The host and at least two of its children were caught alive.
  expect(seen.length).toBeGreaterThanOrEqual(3);
  for (const process of seen) {
    expect(process.cpus, `pid ${process.pid}`).toBe(String(cores[0]));
    expect(limitOf(process.limits, 'Max data size'), `pid ${process.pid}`).toBe(String(2048 * 1024 * 1024));
    expect(limitOf(process.limits, 'Max open files')).toBe('4096');
    expect(limitOf(process.limits, 'Max processes')).toBe('4096');
    expect(limitOf(process.limits, 'Max core file size')).toBe('0');
    expect(Number(limitOf(process.limits, 'Max cpu time'))).toBeGreaterThan(600);
  }
}, 60_000);
